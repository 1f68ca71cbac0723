package org.wptdlm.ingest.replan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.domain.request.EndedStay;
import org.wptdlm.ingest.mqtt.IngestWorker;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.live.StayEnded;
import org.wptdlm.solver.departure.DepartureModel;

/**
 * One {@link DepartureModel} per hub, the one the replay benchmarks: fed whenever a vehicle leaves its
 * pad (stated against actual departure), warmed at start from each hub's latest
 * {@link DepartureModel#DEFAULT_WINDOW} completed requests in the database so a restart keeps what was
 * learned, and asked for the departure every problem is planned against. The stated departure stays
 * what drivers and operators are shown.
 */
@Component
public class HubDepartures implements PlanningDepartures, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HubDepartures.class);

    private final ChargingRequestRepository requests;
    private final Map<String, DepartureModel> models = new ConcurrentHashMap<>();
    private volatile boolean running;

    HubDepartures(ChargingRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void start() {
        List<EndedStay> stays = requests.findLatestEndedStays(DepartureModel.DEFAULT_WINDOW);
        learn(stays);
        log.info("Departure models warmed with {} ended sessions of {} hubs", stays.size(), models.size());
        running = true;
    }

    /** Learns from ended stays, in the order they ended. */
    void learn(List<EndedStay> stays) {
        for (EndedStay stay : stays) {
            model(stay.hubId()).observe(stay.arrivalAt(), stay.statedDepartureAt(), stay.endedAt(), stay.vehicleId());
        }
    }

    @EventListener
    void stayEnded(StayEnded ended) {
        RequestSnapshot request = ended.request();
        model(request.hubId()).observe(request.arrivalAt(), request.departureAt(), ended.endedAt(), request.vehicleId());
    }

    @Override
    public Instant departure(RequestSnapshot request, Instant now, Duration minimumStay) {
        return model(request.hubId()).estimateDeparture(request.arrivalAt(), request.departureAt(), request.vehicleId(),
                now, minimumStay);
    }

    /** The hub's model; a hub without history gets the model's prior. */
    DepartureModel model(String hubId) {
        return models.computeIfAbsent(hubId, id -> new DepartureModel());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // With the live model, before intake: the first plans already use what was learned.
        return IngestWorker.PHASE - 500;
    }
}
