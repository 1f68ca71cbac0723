package org.wptdlm.web.dashboard;

import org.wptdlm.web.figures.HubFigures;
import org.wptdlm.web.figures.LoadLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/** The Hubs page's figures from stored hubs, pads, requests and telemetry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HubBoardIntegrationTest {

    @Autowired
    private HubBoard board;

    @Autowired
    private ApplicationContext context;

    private DemoHubs demo;

    @BeforeEach
    void createDemo() {
        demo = new DemoHubs(context);
    }

    @AfterEach
    void removeDemo() {
        demo.removeAll();
    }

    @Test
    void hubAtItsLimitShowsDrawChargingWaitingAndCriticalVehicles() {
        Hub hub = demo.hub("board-full", "Board Full", 20, 3, 11);
        Vehicle ambulance = demo.vehicle("ambulance", 60, PriorityClass.EMERGENCY);
        Vehicle lowCar = demo.vehicle("low-car", 8, PriorityClass.NORMAL);
        Vehicle calmCar = demo.vehicle("calm-car", 70, PriorityClass.NORMAL);
        demo.park(hub, ambulance, "pad-1", 90, 2);
        demo.park(hub, calmCar, "pad-2", 80, 8);
        demo.park(hub, lowCar, null, 80, 4);
        demo.reading(hub, "pad-1", 1, 9.9, ambulance.id());
        demo.reading(hub, "pad-2", 1, 9.0, calmCar.id());

        HubFigures summary = board.overview(0).hubs().stream()
                .filter(candidate -> candidate.id().equals(hub.id()))
                .findFirst().orElseThrow();

        assertThat(summary.drawKw()).isCloseTo(21.0, offset(1e-9));
        assertThat(summary.loadLevel()).isEqualTo(LoadLevel.AT_LIMIT);
        assertThat(summary.vehiclesCharging()).isEqualTo(2);
        assertThat(summary.vehiclesWaiting()).isEqualTo(1);
        assertThat(summary.criticalVehicleIds()).containsExactly(ambulance.id(), lowCar.id());
    }

    @Test
    void hubWithoutReadingsHasNoDraw() {
        Hub hub = demo.hub("board-quiet", "Board Quiet", 50, 2, 11);

        HubFigures summary = board.overview(0).hubs().stream()
                .filter(candidate -> candidate.id().equals(hub.id()))
                .findFirst().orElseThrow();

        assertThat(summary.drawKw()).isNull();
        assertThat(summary.loadLevel()).isEqualTo(LoadLevel.UNKNOWN);
        assertThat(summary.lastReplanAt()).isNull();
    }
}
