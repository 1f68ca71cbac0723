package org.wptdlm.web.request;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.db.request.ChargingRequestFilter;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.web.system.ConflictException;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.NotFoundException;

@Service
@Transactional
public class ChargingRequestService {

    private static final Logger log = LoggerFactory.getLogger(ChargingRequestService.class);

    private final ChargingRequestRepository requests;
    private final HubRepository hubs;
    private final VehicleRepository vehicles;
    private final PadRepository pads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChargingRequestService(ChargingRequestRepository requests, HubRepository hubs, VehicleRepository vehicles,
            PadRepository pads, Clock clock, ApplicationEventPublisher events) {
        this.requests = requests;
        this.hubs = hubs;
        this.vehicles = vehicles;
        this.pads = pads;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    ResultPage<ChargingRequest> list(ChargingRequestFilter filter, PageQuery page) {
        return requests.findAll(filter, page);
    }

    @Transactional(readOnly = true)
    ChargingRequest get(String requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("charging request", requestId));
    }

    ChargingRequest create(ChargingRequestBody body) {
        String requestId = body.id() == null ? "req-" + UUID.randomUUID() : body.id();
        ChargingRequest request = body.toRequest(requestId, clock.instant(), clock.instant());
        if (requests.findById(requestId).isPresent()) {
            throw new ConflictException("A charging request with id '" + requestId + "' already exists.");
        }
        requireReferencesExist(request);
        requests.insert(request);
        events.publishEvent(new ChargingRequestChanged(request, false));
        log.info("Charging request {} of vehicle {} at hub {} created", requestId, request.vehicleId(), request.hubId());
        return request;
    }

    ChargingRequest replace(String requestId, ChargingRequestBody body) {
        ChargingRequest stored = get(requestId);
        ChargingRequest request = body.toRequest(requestId, clock.instant(), stored.createdAt());
        requireReferencesExist(request);
        requests.update(request);
        events.publishEvent(new ChargingRequestChanged(request, false));
        log.info("Charging request {} replaced (status {})", requestId, request.status());
        return request;
    }

    void delete(String requestId) {
        ChargingRequest deleted = get(requestId);
        if (!requests.delete(requestId)) {
            throw new NotFoundException("charging request", requestId);
        }
        events.publishEvent(new ChargingRequestChanged(deleted, true));
        log.info("Charging request {} deleted", requestId);
    }

    /** Unknown hubs, vehicles and pads in the body are bad input (400), not missing resources (404). */
    private void requireReferencesExist(ChargingRequest request) {
        if (!hubs.exists(request.hubId())) {
            throw new InvalidInputException("hubId", "no hub '" + request.hubId() + "'");
        }
        if (!vehicles.exists(request.vehicleId())) {
            throw new InvalidInputException("vehicleId", "no vehicle '" + request.vehicleId() + "'");
        }
        if (request.padId() != null && pads.findById(request.hubId(), request.padId()).isEmpty()) {
            throw new InvalidInputException(SeedNames.PAD_ID, "no pad '" + request.padId() + "' in hub '" + request.hubId() + "'");
        }
    }
}
