package org.wptdlm.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the dashboard writes times and figures; templates call it as {@code ${@display.ago(instant)}}.
 * Times are shown in the service's zone: operators sit with the hubs they run.
 */
@Component("display")
public class DisplayFormat {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final Clock clock;

    DisplayFormat(DashboardClock clock) {
        this.clock = clock.clock();
    }

    /** "12 s ago", "5 min ago", "3 h ago"; "never" for null. */
    public String ago(Instant instant) {
        if (instant == null) {
            return "never";
        }
        Duration elapsed = Duration.between(instant, clock.instant());
        if (elapsed.isNegative() || elapsed.toSeconds() < 60) {
            return Math.max(0, elapsed.toSeconds()) + " s ago";
        }
        if (elapsed.toMinutes() < 60) {
            return elapsed.toMinutes() + " min ago";
        }
        if (elapsed.toHours() < 48) {
            return elapsed.toHours() + " h ago";
        }
        return elapsed.toDays() + " d ago";
    }

    /** Wall-clock time of day, e.g. 14:05:31. */
    public String clockTime(Instant instant) {
        return instant == null ? "–" : CLOCK_TIME.format(instant.atZone(clock.getZone()));
    }

    /** Day and time, e.g. Tue 07:30, for departures and slots that may be tomorrow. */
    public String dayTime(Instant instant) {
        return instant == null ? "–" : DAY_TIME.format(instant.atZone(clock.getZone()));
    }

    /** Power with one decimal below 100 kW and none above: 7.4 kW, 250 kW. */
    public String kw(Double kw) {
        if (kw == null) {
            return "–";
        }
        return (Math.abs(kw) < 100 ? String.format(Locale.ROOT, "%.1f", kw) : String.format(Locale.ROOT, "%.0f", kw)) + " kW";
    }

    public String kwh(Double kwh) {
        if (kwh == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f", kwh) + " kWh";
    }

    /** An energy difference with its sign: +3.2 kWh, −1.0 kWh, 0.0 kWh. */
    public String signedKwh(double kwh) {
        String sign = kwh > 0.05 ? "+" : kwh < -0.05 ? "−" : "";
        return sign + kwh(Math.abs(kwh));
    }

    /** An enum constant as words: CHARGING_REQUEST → "charging request". */
    public String words(Enum<?> constant) {
        return constant == null ? "" : constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String percent(Double percent) {
        return percent == null ? "–" : String.format(Locale.ROOT, "%.0f", percent) + " %";
    }
}
