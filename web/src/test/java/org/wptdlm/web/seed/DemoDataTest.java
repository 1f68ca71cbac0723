package org.wptdlm.web.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

class DemoDataTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final DemoData demo = DemoData.generate(DemoData.DEFAULT_SEED, NOW);

    @Test
    void sameSeedGivesTheSameDemo() {
        assertThat(DemoData.generate(DemoData.DEFAULT_SEED, NOW)).isEqualTo(demo);
        assertThat(DemoData.generate(1, NOW)).isNotEqualTo(demo);
    }

    @Test
    void hubsSitInDifferentCitiesBehindDifferentGridLimits() {
        assertThat(demo.hubs()).hasSize(5);
        assertThat(demo.hubs().stream().map(Hub::gridLimitKw).distinct()).hasSize(5);
        assertThat(demo.hubs().stream().map(Hub::latitude).distinct()).hasSize(5);
    }

    @Test
    void padsComeInTheWirelessPowerClassesWithRealisticEfficiency() {
        assertThat(demo.pads()).hasSize(48);
        assertThat(demo.pads().stream().map(HubPad::maxPowerKw).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(3.7, 7.4, 11.0, 22.0);
        assertThat(demo.pads()).allSatisfy(pad -> assertThat(pad.efficiency()).isBetween(0.88, 0.93));
    }

    @Test
    void everyPadIsWiredToACircuitOfItsHub() {
        Set<String> circuits = demo.circuits().stream()
                .map(circuit -> circuit.hubId() + "/" + circuit.id())
                .collect(Collectors.toSet());
        assertThat(demo.pads()).allSatisfy(pad -> assertThat(circuits).contains(pad.hubId() + "/" + pad.circuitId()));
        assertThat(demo.circuits()).allSatisfy(circuit -> assertThat(circuit.limitKw()).isPositive());
    }

    @Test
    void vehiclesMixBatterySizesAndPriorityClasses() {
        assertThat(demo.vehicles()).hasSize(30);
        assertThat(demo.vehicles().stream().map(Vehicle::batteryCapacityKwh).distinct().count()).isGreaterThan(4);
        assertThat(demo.vehicles().stream().map(Vehicle::priorityClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PriorityClass.NORMAL, PriorityClass.FLEET, PriorityClass.EMERGENCY);
    }

    @Test
    void openRequestsReferToOnlineHubsKnownVehiclesAndPadsTheyOccupy() {
        Set<String> vehicleIds = demo.vehicles().stream().map(Vehicle::id).collect(Collectors.toSet());
        Set<String> onlineHubs = demo.hubs().stream()
                .filter(hub -> hub.status() == HubStatus.ONLINE)
                .map(Hub::id)
                .collect(Collectors.toSet());

        assertThat(demo.requests()).hasSize(14).allSatisfy(request -> {
            assertThat(request.status().isOpen()).isTrue();
            assertThat(vehicleIds).contains(request.vehicleId());
            assertThat(onlineHubs).contains(request.hubId());
            assertThat(request.arrivalAt()).isBeforeOrEqualTo(NOW);
        });
        for (ChargingRequest parked : demo.requests().stream().filter(request -> request.padId() != null).toList()) {
            assertThat(demo.pads()).filteredOn(pad -> pad.hubId().equals(parked.hubId())
                            && pad.id().equals(parked.padId()))
                    .singleElement()
                    .extracting(HubPad::status)
                    .isEqualTo(PadStatus.CHARGING);
        }
        assertThat(demo.requests().stream().map(ChargingRequest::vehicleId).distinct()).hasSize(14);
    }

    @Test
    void circuitsBindAtPeak() {
        for (HubCircuit circuit : demo.circuits()) {
            double fullDrawKw = demo.pads().stream()
                    .filter(pad -> pad.hubId().equals(circuit.hubId()) && circuit.id().equals(pad.circuitId()))
                    .mapToDouble(pad -> pad.gridPowerKw(pad.maxPowerKw()))
                    .sum();
            assertThat(circuit.limitKw()).isLessThan(fullDrawKw);
        }
    }
}
