package org.wptdlm.db.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;

class SignalScheduleRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    SignalScheduleRepository schedules;

    @BeforeEach
    void hub001() {
        hubs.insert(hub("hub-001"));
    }

    private static SignalSchedule limits(String source, double kw, long receivedSecondsAfterNoon) {
        return new SignalSchedule("hub-001", SignalKind.GRID_LIMIT_KW, source,
                List.of(new SignalInterval(NOON, NOON.plusSeconds(3600), kw),
                        new SignalInterval(NOON.plusSeconds(3600), NOON.plusSeconds(7200), kw + 10)),
                NOON.plusSeconds(receivedSecondsAfterNoon), NOON.plusSeconds(5400));
    }

    @Test
    void aSourcesNewerScheduleReplacesItsOlderOneAndOthersStay() {
        schedules.save(limits("mqtt", 50, 0));
        schedules.save(limits("operator", 40, 0));
        schedules.save(limits("mqtt", 30, 60));

        assertThat(schedules.findAll()).containsExactly(limits("mqtt", 30, 60), limits("operator", 40, 0));
    }

    @Test
    void aDeletedScheduleIsGoneAndAScheduleWithoutValidityReadsBackWithout() {
        SignalSchedule prices = new SignalSchedule("hub-001", SignalKind.PRICE_PER_KWH, "tariff",
                List.of(new SignalInterval(NOON, NOON.plusSeconds(900), -0.02)), NOON, null);
        schedules.save(prices);
        schedules.save(limits("mqtt", 50, 0));

        assertThat(schedules.delete("hub-001", SignalKind.GRID_LIMIT_KW, "mqtt")).isTrue();
        assertThat(schedules.delete("hub-001", SignalKind.GRID_LIMIT_KW, "mqtt")).isFalse();
        assertThat(schedules.findAll()).containsExactly(prices);
    }
}
