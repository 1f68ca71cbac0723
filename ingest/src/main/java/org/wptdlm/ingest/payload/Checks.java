package org.wptdlm.ingest.payload;

import java.time.Instant;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.ingest.rejection.RejectionReason;

/** Field checks shared by the payload records; each names the field it rejects. Ranges: {@link PhysicalLimits}. */
final class Checks {

    private Checks() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, field + " is required");
        }
        return value;
    }

    static String requiredId(String value, String field) {
        required(value, field);
        if (!Invariants.isId(value)) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, field
                    + " must be 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return value;
    }

    static void optionalText(String value, String field, int maxLength) {
        if (value != null) {
            requiredText(value, field, maxLength);
        }
    }

    static void requiredText(String value, String field, int maxLength) {
        required(value, field);
        if (value.isBlank() || value.length() > maxLength) {
            throw new PayloadRejectedException(
                    RejectionReason.INVALID_FIELD, field + " must be 1-" + maxLength + " characters");
        }
        if (PhysicalLimits.hasControlCharacter(value)) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, field + " must not contain control characters");
        }
    }

    /** The device's message counter, 0 when it sends none. */
    static long sequence(Long seq) {
        if (seq != null && seq < 0) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, "seq must be >= 0, was " + seq);
        }
        return seq == null ? 0 : seq;
    }

    /** Both coordinates or none: half a position cannot be placed on a map. */
    static void position(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new PayloadRejectedException(
                    RejectionReason.INVALID_FIELD, "latitude and longitude must be given together");
        }
        between(latitude, -90, 90, "latitude");
        between(longitude, -180, 180, "longitude");
    }

    static void optionalId(String value, String field) {
        if (value != null) {
            requiredId(value, field);
        }
    }

    static Instant timestamp(Instant ts) {
        return required(ts, "ts");
    }

    static void finite(Double value, String field) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new PayloadRejectedException(RejectionReason.NOT_A_NUMBER, field + " is not a finite number");
        }
    }

    /** A power or energy that may be zero but never negative. */
    static void nonNegativePower(Double value, String field) {
        finite(value, field);
        if (value != null && value < 0) {
            throw new PayloadRejectedException(RejectionReason.NEGATIVE_POWER, field + " is negative: " + value);
        }
    }

    /** A grid connection's limit: above 0 and at most {@link PhysicalLimits#MAX_GRID_KW}. */
    static void gridLimitKw(Double value, String field) {
        positive(value, field);
        within(value, 0, PhysicalLimits.MAX_GRID_KW, field, "kW");
    }

    /** A circuit limit or a base load: 0 up to {@link PhysicalLimits#MAX_GRID_KW}. */
    static void circuitKw(Double value, String field) {
        nonNegativePower(value, field);
        within(value, 0, PhysicalLimits.MAX_GRID_KW, field, "kW");
    }

    /** A pad's or vehicle's power: 0 up to {@link PhysicalLimits#MAX_POWER_KW}. */
    static void powerKw(Double value, String field) {
        nonNegativePower(value, field);
        within(value, 0, PhysicalLimits.MAX_POWER_KW, field, "kW");
    }

    /** A battery capacity or requested energy: above 0, at most {@link PhysicalLimits#MAX_ENERGY_KWH}. */
    static void energyKwh(Double value, String field) {
        positive(value, field);
        within(value, 0, PhysicalLimits.MAX_ENERGY_KWH, field, "kWh");
    }

    static void efficiency(Double value, String field) {
        finite(value, field);
        within(value, PhysicalLimits.MIN_EFFICIENCY, PhysicalLimits.MAX_EFFICIENCY, field, "");
    }

    private static void within(Double value, double min, double max, String field, String unit) {
        String violation = value == null ? null : PhysicalLimits.violation(value, min, max, field, unit);
        if (violation != null) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, violation);
        }
    }

    static void positive(Double value, String field) {
        finite(value, field);
        if (value != null && value <= 0) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, field + " must be > 0, was " + value);
        }
    }

    static void percent(Double value, String field, RejectionReason reason) {
        finite(value, field);
        if (value != null && (value < 0 || value > 100)) {
            throw new PayloadRejectedException(reason, field + " must be within 0-100, was " + value);
        }
    }

    static void between(Double value, double min, double max, String field) {
        finite(value, field);
        if (value != null && (value < min || value > max)) {
            throw new PayloadRejectedException(
                    RejectionReason.INVALID_FIELD, field + " must be within " + min + "-" + max + ", was " + value);
        }
    }
}
