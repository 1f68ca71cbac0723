package org.wptdlm.web.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.node.NodeStatus;
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
        assertThat(demo.nodes()).hasSize(48);
        assertThat(demo.nodes().stream().map(Node::maxPowerKw).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(3.7, 7.4, 11.0, 22.0);
        assertThat(demo.nodes()).allSatisfy(node -> assertThat(node.efficiency()).isBetween(0.88, 0.93));
    }

    @Test
    void everyPadIsWiredToACircuitOfItsHub() {
        Set<String> circuits = demo.circuits().stream()
                .map(circuit -> circuit.hubId() + "/" + circuit.id())
                .collect(Collectors.toSet());
        assertThat(demo.nodes()).allSatisfy(node -> assertThat(circuits).contains(node.hubId() + "/" + node.circuitId()));
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
        for (ChargingRequest parked : demo.requests().stream().filter(request -> request.nodeId() != null).toList()) {
            assertThat(demo.nodes()).filteredOn(node -> node.hubId().equals(parked.hubId())
                            && node.id().equals(parked.nodeId()))
                    .singleElement()
                    .extracting(Node::status)
                    .isEqualTo(NodeStatus.CHARGING);
        }
        assertThat(demo.requests().stream().map(ChargingRequest::vehicleId).distinct()).hasSize(14);
    }

    @Test
    void circuitsBindAtPeak() {
        for (HubCircuit circuit : demo.circuits()) {
            double fullDrawKw = demo.nodes().stream()
                    .filter(node -> node.hubId().equals(circuit.hubId()) && circuit.id().equals(node.circuitId()))
                    .mapToDouble(node -> node.gridPowerKw(node.maxPowerKw()))
                    .sum();
            assertThat(circuit.limitKw()).isLessThan(fullDrawKw);
        }
    }
}
