package org.wptdlm.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningProblemValidatorTest {

    private static final Pad PAD = new Pad("P1", 11.0, 0.9, null);

    private static PlanningProblem problemWith(List<Session> sessions) {
        return new PlanningProblem(Instant.parse("2026-01-01T00:00:00Z"), 15, 8,
                new HubLimits("H1", 20.0, null, null), null, List.of(PAD), null, null, sessions);
    }

    private static Session session(String id, int arrival, int departure) {
        return new Session(id, "V-" + id, arrival, departure, 10.0, null, 11.0, 1, null);
    }

    @Test
    void acceptsAWellFormedProblem() {
        assertThat(PlanningProblemValidator.violationsOf(problemWith(List.of(session("S1", 0, 4))))).isEmpty();
    }

    @Test
    void namesTheSessionWhoseDepartureIsNotAfterArrival() {
        List<Session> sessions = List.of(session("S0", 0, 4), session("S1", 0, 4), session("S2", 0, 4), session("S3", 5, 5));

        assertThat(PlanningProblemValidator.violationsOf(problemWith(sessions)))
                .containsExactly("sessions[3].departureSlot must be > arrivalSlot (5), was 5");
    }

    @Test
    void namesUnknownPadAndTooLargeCriticalEnergy() {
        Session session = new Session("S1", "V1", 0, 4, 5.0, 6.0, 11.0, 0, "P9");

        assertThat(PlanningProblemValidator.violationsOf(problemWith(List.of(session)))).containsExactly(
                "sessions[0].criticalEnergyKwh must be <= energyKwh (5.0), was 6.0",
                "sessions[0].padId 'P9' names no pad");
    }

    @Test
    void rejectsTwoVehiclesFixedOnOnePadAtTheSameTime() {
        List<Session> sessions = List.of(session("S1", 0, 4).withPadId("P1"), session("S2", 3, 6).withPadId("P1"));

        assertThat(PlanningProblemValidator.violationsOf(problemWith(sessions)))
                .containsExactly("sessions[1].padId 'P1' is also fixed for sessions[0] in overlapping slots");
    }

    @Test
    void namesSlotArraysOfTheWrongLengthAndBadEfficiency() {
        PlanningProblem problem = problemWith(List.of())
                .withHub(new HubLimits("H1", 20.0, List.of(20.0, 20.0), null))
                .withPads(List.of(new Pad("P1", 11.0, 1.5, "C9")));

        assertThat(PlanningProblemValidator.violationsOf(problem)).containsExactly(
                "hub.gridLimitKwBySlot must have one value per slot (8), has 2",
                "pads[0].efficiency must be a finite number from 0.5 to 1, was 1.5",
                "pads[0].circuitId 'C9' names no circuit");
    }

    @Test
    void requireValidThrowsWithEveryViolation() {
        PlanningProblem problem = problemWith(List.of(session("S1", 2, 1), session("S1", 0, 2)));

        assertThatThrownBy(() -> PlanningProblemValidator.requireValid(problem))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("sessions[0].departureSlot must be > arrivalSlot")
                .hasMessageContaining("sessions[1].id 'S1' is used twice");
    }

    @Test
    void rejectsNumbersOutsideThePhysicalLimits() {
        PlanningProblem problem = problemWith(List.of(session("S1", 0, 2)))
                .withHub(new HubLimits("H1", 1e308, null, null))
                .withPads(List.of(new Pad("P1", 11.0, 1e-320, null)));

        assertThat(PlanningProblemValidator.violationsOf(problem)).containsExactly(
                "hub.gridLimitKw must be a finite number from 0 to 100000 kW, was 1.0E308",
                "pads[0].efficiency must be a finite number from 0.5 to 1, was 1.0E-320");
    }
}
