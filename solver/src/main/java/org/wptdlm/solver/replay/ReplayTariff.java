package org.wptdlm.solver.replay;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.signal.TimeOfUseRule;
import org.wptdlm.domain.signal.TimeOfUseTable;

/**
 * Price and carbon of a replay's slots, from time-of-use tables in the site's time zone: what the
 * replay charges every strategy's energy at, and what a price-aware strategy may plan with. Slots no
 * rule covers cost nothing and emit nothing.
 */
public final class ReplayTariff {

    /**
     * A tariff file: {@code {"zone":"America/Los_Angeles","price":[rules],"carbon":[rules]}}, each rule
     * {@code {"days":["SATURDAY"],"from":"22:00","to":"06:00","value":0.12}} (price per kWh; carbon g CO₂/kWh).
     */
    public record File(ZoneId zone, List<TimeOfUseRule> price, List<TimeOfUseRule> carbon) {

        public File {
            if (zone == null) {
                throw new IllegalArgumentException("tariff file needs a \"zone\", e.g. \"America/Los_Angeles\"");
            }
            price = price == null ? List.of() : List.copyOf(price);
            carbon = carbon == null ? List.of() : List.copyOf(carbon);
        }
    }

    private final Instant start;
    private final int slotMinutes;
    private final TimeOfUseTable price;
    private final TimeOfUseTable carbon;

    public ReplayTariff(File file, Instant start, int slotMinutes) {
        this.start = start;
        this.slotMinutes = slotMinutes;
        this.price = new TimeOfUseTable(file.price(), file.zone());
        this.carbon = new TimeOfUseTable(file.carbon(), file.zone());
    }

    public double pricePerKwh(int slot) {
        Double value = price.valueAt(instantOf(slot));
        return value == null ? 0 : value;
    }

    public double carbonGPerKwh(int slot) {
        Double value = carbon.valueAt(instantOf(slot));
        return value == null ? 0 : value;
    }

    /** Prices of {@code slots} slots from {@code fromSlot}, as a planning problem's {@code pricePerKwhBySlot}. */
    List<Double> prices(int fromSlot, int slots) {
        List<Double> values = new ArrayList<>(slots);
        for (int t = 0; t < slots; t++) {
            values.add(pricePerKwh(fromSlot + t));
        }
        return values;
    }

    List<Double> carbon(int fromSlot, int slots) {
        List<Double> values = new ArrayList<>(slots);
        for (int t = 0; t < slots; t++) {
            values.add(carbonGPerKwh(fromSlot + t));
        }
        return values;
    }

    private Instant instantOf(int slot) {
        return start.plusSeconds(60L * slotMinutes * slot);
    }
}
