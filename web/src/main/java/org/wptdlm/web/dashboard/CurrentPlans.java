package org.wptdlm.web.dashboard;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The latest published plan of every hub, for the hub pages; open pages are told when one arrives. */
@Component
class CurrentPlans {

    private final Map<String, PublishedPlan> plansByHub = new ConcurrentHashMap<>();
    private final LiveUpdates liveUpdates;

    CurrentPlans(LiveUpdates liveUpdates) {
        this.liveUpdates = liveUpdates;
    }

    void record(PublishedPlan published) {
        plansByHub.merge(published.hubId(), published,
                (known, arriving) -> arriving.publishedAt().isBefore(known.publishedAt()) ? known : arriving);
        liveUpdates.hubChanged(published.hubId(), HubChange.PLAN);
    }

    Optional<PublishedPlan> of(String hubId) {
        return Optional.ofNullable(plansByHub.get(hubId));
    }
}
