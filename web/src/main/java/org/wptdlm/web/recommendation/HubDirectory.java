package org.wptdlm.web.recommendation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.hub.Hub;

/**
 * Hub names and positions for the recommendation hot path, cached from the database: a hub seen for
 * the first time is read at once, and the whole list is refreshed in the background.
 */
@Component
class HubDirectory {

    private static final Logger log = LoggerFactory.getLogger(HubDirectory.class);

    private final HubRepository hubs;
    private final Map<String, Hub> byId = new ConcurrentHashMap<>();

    HubDirectory(HubRepository hubs) {
        this.hubs = hubs;
    }

    Optional<Hub> find(String hubId) {
        Hub cached = byId.get(hubId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Hub> loaded = hubs.findById(hubId);
        loaded.ifPresent(hub -> byId.put(hubId, hub));
        return loaded;
    }

    @Scheduled(fixedDelayString = "${dlm.recommendations.hub-refresh:PT30S}")
    void refresh() {
        try {
            Map<String, Hub> fresh = new HashMap<>();
            ResultPage<Hub> page;
            int number = 0;
            do {
                page = hubs.findAll(HubFilter.ALL, new PageQuery(number++, PageQuery.MAX_SIZE));
                page.items().forEach(hub -> fresh.put(hub.id(), hub));
            } while (number < page.totalPages());
            byId.keySet().retainAll(fresh.keySet());
            byId.putAll(fresh);
        } catch (RuntimeException e) {
            log.warn("Refreshing the hub directory failed; keeping {} cached hubs: {}", byId.size(), e.toString());
        }
    }
}
