package org.wptdlm.ingest.replan;

import java.time.Duration;
import java.time.Instant;
import org.wptdlm.ingest.live.RequestSnapshot;

/** The departure a request is planned against, as known at {@code now}, never sooner than {@code minimumStay} from then. */
@FunctionalInterface
public interface PlanningDepartures {

    Instant departure(RequestSnapshot request, Instant now, Duration minimumStay);
}
