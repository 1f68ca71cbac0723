package org.wptdlm.web.figures;

/**
 * How close a hub's grid draw is to its limit, as an operator should see it: green, amber or red.
 * Declared from least to most severe, so the order sorts trouble.
 */
public enum LoadLevel {
    UNKNOWN("idle", "no reading"),
    WITHIN("ok", "within limit"),
    NEAR("warn", "near limit"),
    AT_LIMIT("bad", "at limit");

    /** From this share of the limit on, a hub shows amber: little headroom is left for an arrival. */
    static final double NEAR_SHARE = 0.85;
    /** From this share on, a hub counts as at its limit: the planner is holding vehicles back. */
    static final double AT_LIMIT_SHARE = 0.98;

    private final String tone;
    private final String label;

    LoadLevel(String tone, String label) {
        this.tone = tone;
        this.label = label;
    }

    public static LoadLevel of(Double drawKw, double limitKw) {
        if (drawKw == null || limitKw <= 0) {
            return drawKw != null && drawKw > 0 ? AT_LIMIT : UNKNOWN;
        }
        double share = drawKw / limitKw;
        if (share >= AT_LIMIT_SHARE) {
            return AT_LIMIT;
        }
        return share >= NEAR_SHARE ? NEAR : WITHIN;
    }

    /** The CSS tone class: ok, warn, bad or idle. */
    public String tone() {
        return tone;
    }

    public String label() {
        return label;
    }
}
