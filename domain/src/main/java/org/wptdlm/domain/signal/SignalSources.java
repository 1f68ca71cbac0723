package org.wptdlm.domain.signal;

/** The names of the sources the live loop itself knows; external feeds bring their own. */
public final class SignalSources {

    /** The hub's own limit: {@code info}'s gridLimitKw, or a lower one its {@code status} reported. */
    public static final String INFO = "info";
    /** Schedules on {@code iot/hubs/{hub}/grid/limits|prices|carbon}. */
    public static final String MQTT = "mqtt";
    /** Schedules an operator set over REST or on the dashboard. */
    public static final String OPERATOR = "operator";
    /** The base-load forecast made from the hub's site meter. */
    public static final String METER = "meter";
    /** The hub's status-reported base load, used where no base-load schedule covers a slot. */
    public static final String STATUS = "status";
    /** Prefix of the source recorded when a stale source's safe limit binds: {@code safe-limit:mqtt}. */
    public static final String SAFE_LIMIT_PREFIX = "safe-limit:";

    private SignalSources() {}
}
