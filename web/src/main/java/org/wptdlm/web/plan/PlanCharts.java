package org.wptdlm.web.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.solver.whatif.VehicleBattery;
import org.wptdlm.web.figures.HubFiguresCalculator;

/**
 * Turns a problem and its plan into chart data. Pure: the same plan gives the same charts. Grid draw
 * is what the grid sees (power delivered to the vehicle divided by the pad's efficiency).
 */
public final class PlanCharts {

    /** More layers or lines than this make an unreadable legend: stack by priority, show the most important vehicles. */
    static final int MAX_SERIES = 12;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final PlanningProblem problem;
    private final Map<String, SessionPlan> planBySession;
    private final Map<String, Pad> padsById;
    private final List<String> slotLabels;

    public PlanCharts(PlanningProblem problem, List<SessionPlan> plan, ZoneId zone) {
        this.problem = problem;
        this.planBySession = new TreeMap<>();
        plan.forEach(session -> planBySession.put(session.id(), session));
        this.padsById = new TreeMap<>();
        problem.pads().forEach(pad -> padsById.put(pad.id(), pad));
        this.slotLabels = slotLabels(problem, zone);
    }

    /** The grid chart without a record of which source bound the limit (what-if scenarios). */
    public GridChart gridDraw(Instant now) {
        return gridDraw(now, List.of());
    }

    /** @param gridLimitSteps the binding limit's change points with their sources; empty when not known */
    public GridChart gridDraw(Instant now, List<GridLimitStep> gridLimitSteps) {
        List<Double> limits = new ArrayList<>();
        List<Double> baseLoads = new ArrayList<>();
        for (int slot = 0; slot < problem.slots(); slot++) {
            limits.add(round(problem.hub().limitKw(slot)));
            baseLoads.add(round(problem.hub().baseLoadKw(slot)));
        }
        List<Session> served = problem.sessions().stream().filter(this::drawsPower).toList();
        List<GridChart.Stack> stacks = served.size() <= MAX_SERIES ? stacksByVehicle(served) : stacksByPriority(served);
        return new GridChart(slotLabels, limits, limitSources(gridLimitSteps),
                problem.hub().baseLoadKwBySlot() == null ? null : baseLoads, stacks, problem.pricePerKwhBySlot(),
                problem.carbonGPerKwhBySlot(), HubFiguresCalculator.slotAt(problem, now), null);
    }

    /** The source of each slot's binding limit, from the change points; null when there are none. */
    private List<String> limitSources(List<GridLimitStep> steps) {
        if (steps.isEmpty()) {
            return null;
        }
        List<String> sources = new ArrayList<>(problem.slots());
        int next = 0;
        String source = steps.get(0).source();
        for (int slot = 0; slot < problem.slots(); slot++) {
            while (next < steps.size() && steps.get(next).slot() <= slot) {
                source = steps.get(next++).source();
            }
            sources.add(source);
        }
        return sources;
    }

    public SocChart stateOfCharge(Map<String, VehicleBattery> batteries) {
        List<Session> known = problem.sessions().stream()
                .filter(session -> batteries.containsKey(session.vehicleId()))
                .sorted(Comparator.comparingInt(Session::priority).reversed().thenComparingInt(Session::departureSlot))
                .toList();
        List<SocChart.VehicleLine> lines = known.stream()
                .limit(MAX_SERIES)
                .map(session -> socLine(session, batteries.get(session.vehicleId())))
                .toList();
        return new SocChart(slotLabels, lines, problem.sessions().size() - lines.size());
    }

    private SocChart.VehicleLine socLine(Session session, VehicleBattery battery) {
        Double[] soc = new Double[problem.slots()];
        double energyKwh = 0;
        int lastSlot = Math.min(session.departureSlot(), problem.slots()) - 1;
        for (int slot = Math.max(0, session.arrivalSlot()); slot <= lastSlot; slot++) {
            energyKwh += deliveredKw(session, slot) * problem.slotHours();
            soc[slot] = round(battery.socPercentAfter(energyKwh));
        }
        double target = battery.socPercentAfter(session.energyKwh());
        Integer departureIndex = session.departureSlot() <= problem.slots() ? lastSlot : null;
        return new SocChart.VehicleLine(session.vehicleId(), Arrays.asList(soc), round(target), departureIndex);
    }

    private List<GridChart.Stack> stacksByVehicle(List<Session> served) {
        return served.stream()
                .sorted(Comparator.comparingInt(Session::priority).reversed().thenComparing(Session::vehicleId))
                .map(session -> new GridChart.Stack(session.vehicleId(), gridKwBySlot(List.of(session))))
                .toList();
    }

    private List<GridChart.Stack> stacksByPriority(List<Session> served) {
        Map<Integer, List<Session>> byPriority = new TreeMap<>(Comparator.reverseOrder());
        served.forEach(session -> byPriority.computeIfAbsent(session.priority(), p -> new ArrayList<>()).add(session));
        List<GridChart.Stack> stacks = new ArrayList<>();
        byPriority.forEach((priority, sessions) -> stacks.add(
                new GridChart.Stack(priorityName(priority) + " (" + sessions.size() + ")", gridKwBySlot(sessions))));
        return stacks;
    }

    private List<Double> gridKwBySlot(List<Session> sessions) {
        List<Double> kw = new ArrayList<>(problem.slots());
        for (int slot = 0; slot < problem.slots(); slot++) {
            double sum = 0;
            for (Session session : sessions) {
                sum += gridKw(session, slot);
            }
            kw.add(round(sum));
        }
        return kw;
    }

    private boolean drawsPower(Session session) {
        SessionPlan plan = planBySession.get(session.id());
        return plan != null && plan.padId() != null && plan.kwBySlot().stream().anyMatch(kw -> kw > 0);
    }

    private double deliveredKw(Session session, int slot) {
        SessionPlan plan = planBySession.get(session.id());
        return plan == null || slot >= plan.kwBySlot().size() ? 0 : plan.kw(slot);
    }

    private double gridKw(Session session, int slot) {
        SessionPlan plan = planBySession.get(session.id());
        Pad pad = plan == null || plan.padId() == null ? null : padsById.get(plan.padId());
        return pad == null ? 0 : pad.gridKw(deliveredKw(session, slot));
    }

    /** The planning problem's priorities are the vehicles' priority classes as integers; others are shown as numbers. */
    static String priorityName(int priority) {
        for (PriorityClass priorityClass : PriorityClass.values()) {
            if (priorityClass.priority() == priority) {
                return priorityClass.name().charAt(0) + priorityClass.name().substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return "Priority " + priority;
    }

    /** Slot start times; a slot that starts a new day carries the day's name. */
    private static List<String> slotLabels(PlanningProblem problem, ZoneId zone) {
        List<String> labels = new ArrayList<>(problem.slots());
        ZonedDateTime previous = null;
        for (int slot = 0; slot < problem.slots(); slot++) {
            ZonedDateTime start = problem.start().plus(problem.slotDuration().multipliedBy(slot)).atZone(zone);
            boolean newDay = previous != null && !start.toLocalDate().equals(previous.toLocalDate());
            labels.add((newDay ? DAY_TIME : TIME).format(start));
            previous = start;
        }
        return labels;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
