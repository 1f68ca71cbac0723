package org.wptdlm.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks shared by the records' compact constructors. Each throws {@link IllegalArgumentException}
 * naming the field, so a bad value is reported where it enters the domain, whatever its source
 * (REST, MQTT, a problem file).
 */
public final class Invariants {

    /** Ids appear in MQTT topics: no wildcards, separators or spaces, and short enough for a varchar(64). */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /** Compiled once: every record with an id checks it, thousands of times for one page of hubs. */
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private Invariants() {
    }

    /** Whether {@code value} is a valid id: the one id rule, for records, REST and MQTT alike. */
    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    public static String requireId(String value, String field) {
        if (!isId(value)) {
            throw new IllegalArgumentException(field + " must be 1-64 characters of letters, digits, '.', '_', ':' or '-'"
                    + " starting with a letter or digit, was " + quoted(value));
        }
        return value;
    }

    public static String optionalId(String value, String field) {
        return value == null ? null : requireId(value, field);
    }

    /** Non-blank text without control characters (a NUL or an escape sequence has no place in a name). */
    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be non-blank text of at most " + maxLength
                    + " characters, was " + quoted(value));
        }
        if (PhysicalLimits.hasControlCharacter(value)) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        return value;
    }

    public static String optionalText(String value, String field, int maxLength) {
        return value == null ? null : requireText(value, field, maxLength);
    }

    public static <T> T requirePresent(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    public static double requireNonNegative(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    public static double requirePositive(double value, String field) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
        }
        return value;
    }

    public static Double optionalPercent(Double value, String field) {
        return value == null ? null : PhysicalLimits.requirePercent(value, field);
    }

    public static Double optionalNonNegative(Double value, String field) {
        return value == null ? null : requireNonNegative(value, field);
    }

    public static double requireLatitude(double value, String field) {
        if (!Double.isFinite(value) || value < -90 || value > 90) {
            throw new IllegalArgumentException(field + " must be between -90 and 90, was " + value);
        }
        return value;
    }

    public static double requireLongitude(double value, String field) {
        if (!Double.isFinite(value) || value < -180 || value > 180) {
            throw new IllegalArgumentException(field + " must be between -180 and 180, was " + value);
        }
        return value;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
