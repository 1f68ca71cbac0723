package org.wptdlm.ingest.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.PlanningProblemValidator;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalStacking;
import org.wptdlm.domain.signal.SlotSignals;
import org.wptdlm.domain.signal.StalePolicy;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.PadSnapshot;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.live.StayEnded;
import org.wptdlm.ingest.live.VehicleSnapshot;

class ProblemBuilderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.250Z");
    private static final PlanningDepartures STATED = (request, now, minimumStay) -> request.departureAt();
    private final ProblemBuilder builder = new ProblemBuilder(15, 8, CriticalityRule.DEFAULT, STATED);

    private static RequestSnapshot request(String id, String vehicleId, Double targetSoc, Double energyKwh,
            Double meterAtArrivalKwh, int departureMinutes) {
        return new RequestSnapshot(id, "hub-1", vehicleId, null, NOW, NOW.plusSeconds(departureMinutes * 60L), targetSoc,
                energyKwh, PriorityClass.FLEET, meterAtArrivalKwh, NOW);
    }

    private static Optional<VehicleSnapshot> vehicle(String vehicleId) {
        return Optional.of(new VehicleSnapshot(vehicleId, 60, 11, PriorityClass.NORMAL, 50.0, NOW));
    }

    @Test
    void vehiclesOnPadsAreFixedThereAndOthersMayArriveFromTheNextSlot() {
        HubSnapshot hub = new HubSnapshot("hub-1", HubStatus.ONLINE, 50, 5, Map.of(), List.of(
                new PadSnapshot("p1", 11, 0.9, null, PadStatus.CHARGING, "ev-1", 7, 100.0),
                new PadSnapshot("p2", 11, 0.9, null, PadStatus.AVAILABLE, null, 0, null),
                new PadSnapshot("p3", 11, 0.9, null, PadStatus.FAULT, null, 0, null)),
                List.of(request("r-1", "ev-1", 80.0, null, null, 120), request("r-2", "ev-2", 60.0, null, null, 50)), null);

        PlanningProblem problem = builder.build(hub, ProblemBuilderTest::vehicle, NOW);

        assertThat(PlanningProblemValidator.violationsOf(problem)).isEmpty();
        assertThat(problem.start()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(problem.pads()).extracting(pad -> pad.id()).containsExactly("p1", "p2");
        assertThat(problem.chargingHeadroomKw(0)).isEqualTo(45);
        Session parked = problem.sessions().get(0);
        assertThat(parked.padId()).isEqualTo("p1");
        assertThat(parked.arrivalSlot()).isZero();
        assertThat(parked.departureSlot()).isEqualTo(8);
        assertThat(parked.energyKwh()).isCloseTo(18, within(1e-9));
        assertThat(parked.priority()).isEqualTo(PriorityClass.FLEET.priority());
        Session coming = problem.sessions().get(1);
        assertThat(coming.padId()).isNull();
        assertThat(coming.arrivalSlot()).isEqualTo(1);
        assertThat(coming.departureSlot()).isEqualTo(4);
    }

    @Test
    void theCriticalityRuleDecidesTheMustHaveEnergy() {
        HubSnapshot hub = new HubSnapshot("hub-1", HubStatus.ONLINE, 50, 5, Map.of(), List.of(
                new PadSnapshot("p1", 11, 0.9, null, PadStatus.CHARGING, "ev-1", 7, 100.0)),
                List.of(request("r-1", "ev-1", 80.0, null, null, 120)), null);
        ProblemBuilder fleetCritical = new ProblemBuilder(15, 8, new CriticalityRule(60, PriorityClass.FLEET.priority()), STATED);
        ProblemBuilder lowSocOnly = new ProblemBuilder(15, 8, new CriticalityRule(60, PriorityClass.EMERGENCY.priority()), STATED);

        assertThat(builder.build(hub, ProblemBuilderTest::vehicle, NOW).sessions().get(0).criticalEnergyKwh()).isZero();
        assertThat(fleetCritical.build(hub, ProblemBuilderTest::vehicle, NOW).sessions().get(0).criticalEnergyKwh())
                .isCloseTo(18, within(1e-9));
        assertThat(lowSocOnly.build(hub, ProblemBuilderTest::vehicle, NOW).sessions().get(0).criticalEnergyKwh())
                .isCloseTo(6, within(1e-9));
    }

    @Test
    void requestedEnergyCountsWhatThePadsMeterDeliveredSinceArrival() {
        PadSnapshot pad = new PadSnapshot("p1", 11, 0.9, null, PadStatus.CHARGING, "ev-1", 7, 112.5);
        RequestSnapshot request = request("r-1", "ev-1", null, 20.0, 100.0, 60);

        assertThat(ProblemBuilder.energyNeededKwh(request, vehicle("ev-1").orElseThrow(), pad)).isCloseTo(7.5, within(1e-9));
    }

    @Test
    void withTargetAndEnergyTheSmallerNeedCounts() {
        RequestSnapshot request = request("r-1", "ev-1", 80.0, 5.0, null, 60);

        assertThat(ProblemBuilder.energyNeededKwh(request, vehicle("ev-1").orElseThrow(), null)).isEqualTo(5.0);
    }

    @Test
    void aHubNotOnlineGetsNoPads() {
        HubSnapshot hub = new HubSnapshot("hub-1", HubStatus.MAINTENANCE, 50, 0, Map.of(), List.of(
                new PadSnapshot("p1", 11, 0.9, null, PadStatus.CHARGING, "ev-1", 7, null)),
                List.of(request("r-1", "ev-1", 80.0, null, null, 120)), null);

        PlanningProblem problem = builder.build(hub, ProblemBuilderTest::vehicle, NOW);

        assertThat(problem.pads()).isEmpty();
        assertThat(problem.sessions()).isEmpty();
    }

    @Test
    void theHubsSignalsFillTheProblemsSlotArrays() {
        HubSnapshot hub = new HubSnapshot("hub-1", HubStatus.ONLINE, 50, 5, Map.of(), List.of(
                new PadSnapshot("p1", 11, 0.9, null, PadStatus.CHARGING, "ev-1", 7, 100.0)),
                List.of(request("r-1", "ev-1", 80.0, null, null, 120)), null);
        Instant start = ProblemBuilder.start(NOW);
        SlotSignals signals = SignalStacking.stack(List.of(
                new SignalSchedule("hub-1", SignalKind.GRID_LIMIT_KW, "mqtt",
                        List.of(new SignalInterval(start.plusSeconds(1800), start.plusSeconds(3600), 20)), NOW, null),
                new SignalSchedule("hub-1", SignalKind.PRICE_PER_KWH, "mqtt",
                        List.of(new SignalInterval(start, start.plusSeconds(8 * 900), 0.25)), NOW, null)),
                hub.gridLimitKw(), hub.baseLoadKw(), start, 15, 8, StalePolicy.DEFAULT);

        PlanningProblem problem = builder.build(hub, ProblemBuilderTest::vehicle, NOW, signals);

        assertThat(PlanningProblemValidator.violationsOf(problem)).isEmpty();
        assertThat(problem.hub().gridLimitKwBySlot()).containsExactly(50.0, 50.0, 20.0, 20.0, 50.0, 50.0, 50.0, 50.0);
        assertThat(problem.chargingHeadroomKw(2)).isEqualTo(15);
        assertThat(problem.pricePerKwhBySlot()).containsOnly(0.25);
        assertThat(problem.carbonGPerKwhBySlot()).isNull();
    }

    @Test
    void plansAgainstTheDepartureTheHubLearnedFromItsEndedSessions() {
        HubDepartures departures = new HubDepartures(null);
        ProblemBuilder learned = new ProblemBuilder(15, 40, CriticalityRule.DEFAULT, departures);
        ProblemBuilder stated = new ProblemBuilder(15, 40, CriticalityRule.DEFAULT, STATED);
        RequestSnapshot eightHours = request("r-1", "ev-1", 80.0, null, null, 480);
        HubSnapshot hub = new HubSnapshot("hub-1", HubStatus.ONLINE, 50, 5, Map.of(), List.of(
                new PadSnapshot("p1", 11, 0.9, null, PadStatus.AVAILABLE, null, 0, null)), List.of(eightHours), null);
        for (int i = 0; i < 100; i++) {
            Instant arrived = NOW.minus(Duration.ofDays(1)).plusSeconds(60L * i);
            RequestSnapshot ended = new RequestSnapshot("old-" + i, "hub-1", "ev-" + (10 + i), "p1", arrived,
                    arrived.plus(Duration.ofHours(8)), 80.0, null, PriorityClass.NORMAL, null, arrived);
            departures.stayEnded(new StayEnded(ended, ended.departureAt().minus(Duration.ofHours(2))));
        }

        assertThat(stated.build(hub, ProblemBuilderTest::vehicle, NOW).sessions().get(0).departureSlot()).isEqualTo(32);
        assertThat(learned.build(hub, ProblemBuilderTest::vehicle, NOW).sessions().get(0).departureSlot()).isEqualTo(24);
        assertThat(departures.model("hub-2").observations()).isZero();
    }

    @Test
    void aVehicleNotYetParkedKeepsItsSessionWhenTheLearnedDepartureFallsInTheFirstSlot() {
        // An estimate may land before a vehicle still on its way can arrive (slot 1): it keeps one
        // slot, while a request whose stated departure has passed by then is left out.
        PlanningDepartures withinMinutes = (request, now, minimumStay) -> now.plusSeconds(60);
        ProblemBuilder early = new ProblemBuilder(15, 40, CriticalityRule.DEFAULT, withinMinutes);
        HubSnapshot hub = new HubSnapshot("hub-1", HubStatus.ONLINE, 50, 5, Map.of(), List.of(
                new PadSnapshot("p1", 11, 0.9, null, PadStatus.AVAILABLE, null, 0, null)),
                List.of(request("r-1", "ev-1", 80.0, null, null, 60), request("r-2", "ev-2", 80.0, null, null, 10)), null);

        List<Session> sessions = early.build(hub, ProblemBuilderTest::vehicle, NOW).sessions();

        assertThat(sessions).extracting(Session::id).containsExactly("r-1");
        assertThat(sessions.get(0).arrivalSlot()).isEqualTo(1);
        assertThat(sessions.get(0).departureSlot()).isEqualTo(2);
    }
}
