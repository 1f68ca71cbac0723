package org.wptdlm.web.dashboard;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The clock the dashboard reads "now" from: the application's {@link Clock} bean when there is one (tests set it). */
@Component
public class DashboardClock {

    private final Clock clock;

    DashboardClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    public Clock clock() {
        return clock;
    }
}
