package org.wptdlm.ingest.rejection;

import java.util.Locale;

/** Why a message was not accepted. The {@link #code()} is stored and used as the metric tag. */
public enum RejectionReason {
    MALFORMED_JSON,
    INVALID_FIELD,
    SOC_OUT_OF_RANGE,
    NEGATIVE_POWER,
    NOT_A_NUMBER,
    OVERSIZED_PAYLOAD,
    STALE_TIMESTAMP,
    FUTURE_TIMESTAMP,
    UNKNOWN_TOPIC,
    UNKNOWN_HUB,
    UNKNOWN_NODE,
    UNKNOWN_VEHICLE,
    DUPLICATE,
    OUT_OF_ORDER,
    OVERLOADED;

    /** Lower-case, hyphenated: {@code soc-out-of-range}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RejectionReason fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
