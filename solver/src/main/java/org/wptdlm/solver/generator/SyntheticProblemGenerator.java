package org.wptdlm.solver.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/**
 * Deterministic synthetic planning problems for benchmarks: a day of 15-minute slots at a hub whose
 * vehicles together want about as much energy as the connection can give, with a morning arrival peak,
 * an evening grid limit dip, base load, day/night prices and carbon, three circuits, two pad types,
 * priorities, critical energy and a few vehicles already parked. With {@link InstanceSize#varyingLimit()}
 * the limit instead changes every hour, between 35 % and 100 % of the connection. Same seed, same file.
 */
public final class SyntheticProblemGenerator {

    public static final long SEED = 20_260_301L;
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final int SLOT_MINUTES = 15;
    private static final double[] VEHICLE_MAX_KW = {7.4, 11.0, 11.0, 22.0};

    private final Random random;

    public SyntheticProblemGenerator(long seed) {
        random = new Random(seed);
    }

    public PlanningProblem generate(InstanceSize size) {
        List<Pad> pads = pads(size.pads());
        double chargeablePerSlotKw = pads.stream().mapToDouble(Pad::maxKw).sum();
        double gridLimitKw = Math.round(chargeablePerSlotKw * 0.55);
        List<Circuit> circuits = List.of(new Circuit("C-A", Math.round(gridLimitKw * 0.45)),
                new Circuit("C-B", Math.round(gridLimitKw * 0.45)), new Circuit("C-FAST", Math.round(gridLimitKw * 0.3)));
        int slots = size.slots();
        List<Double> limitBySlot = new ArrayList<>();
        List<Double> baseLoad = new ArrayList<>();
        List<Double> price = new ArrayList<>();
        List<Double> carbon = new ArrayList<>();
        double hourlyShare = 1.0;
        for (int t = 0; t < slots; t++) {
            double hour = (t * SLOT_MINUTES / 60.0) % 24;
            boolean eveningDip = hour >= 17 && hour < 20;
            if (size.varyingLimit() && t % (60 / SLOT_MINUTES) == 0) {
                hourlyShare = 0.35 + 0.65 * random.nextDouble();
            }
            double share = size.varyingLimit() ? hourlyShare : eveningDip ? 0.8 : 1.0;
            limitBySlot.add(share == 1.0 ? gridLimitKw : Math.round(gridLimitKw * share));
            baseLoad.add(round(gridLimitKw * (0.05 + 0.05 * Math.sin(Math.PI * hour / 24))));
            price.add(hour >= 7 && hour < 22 ? 0.32 : 0.18);
            carbon.add(round(250 + 150 * Math.cos(Math.PI * (hour - 13) / 12)));
        }
        HubLimits hub = new HubLimits("HUB-" + size.name(), gridLimitKw, limitBySlot, baseLoad);
        List<Session> sessions = sessions(size, pads);
        return new PlanningProblem(START, SLOT_MINUTES, slots, hub, circuits, pads, price, carbon, sessions);
    }

    private List<Pad> pads(int count) {
        List<Pad> pads = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            boolean fast = p % 10 >= 7;
            String circuit = fast ? "C-FAST" : (p % 2 == 0 ? "C-A" : "C-B");
            pads.add(new Pad(String.format("P%03d", p), fast ? 22.0 : 11.0, fast ? 0.90 : 0.92, circuit));
        }
        return pads;
    }

    private List<Session> sessions(InstanceSize size, List<Pad> pads) {
        List<Session> sessions = new ArrayList<>();
        int slots = size.slots();
        int slotsPerHour = 60 / SLOT_MINUTES;
        int parked = 0;
        for (int i = 0; i < size.sessions(); i++) {
            int arrival = arrivalSlot(slots, slotsPerHour);
            int stay = Math.max(2, (int) Math.round(slotsPerHour * (1 + random.nextDouble() * 4)));
            int departure = Math.min(slots + slotsPerHour * 2, arrival + stay);
            double maxKw = VEHICLE_MAX_KW[random.nextInt(VEHICLE_MAX_KW.length)];
            double energyKwh = round(5 + random.nextDouble() * 35);
            int priority = random.nextDouble() < 0.8 ? 0 : 1 + random.nextInt(3);
            Double critical = random.nextDouble() < 0.2 ? round(energyKwh * 0.3) : null;
            String padId = null;
            if (arrival == 0 && parked < pads.size() / 10) {
                padId = pads.get(parked * 7 % pads.size()).id();
                parked++;
            }
            sessions.add(new Session(String.format("S%04d", i), String.format("EV-%05d", random.nextInt(100_000)),
                    arrival, departure, energyKwh, critical, maxKw, priority, padId));
        }
        return sessions;
    }

    /** A morning peak around 08:00, a smaller one around 17:00, the rest spread over the day. */
    private int arrivalSlot(int slots, int slotsPerHour) {
        double pick = random.nextDouble();
        double hour;
        if (pick < 0.1) {
            hour = 0;
        } else if (pick < 0.4) {
            hour = 8 + random.nextGaussian() * 2;
        } else if (pick < 0.6) {
            hour = 17 + random.nextGaussian() * 2;
        } else {
            hour = random.nextDouble() * 24;
        }
        int slot = (int) Math.round(hour * slotsPerHour) % Math.max(1, slots);
        return Math.max(0, Math.min(slots - 1, slot));
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
