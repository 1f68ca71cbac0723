package org.wptdlm.web.pad;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.web.hub.HubService;
import org.wptdlm.web.system.ConflictException;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.NotFoundException;

/** The pads of a hub. */
@Service
@Transactional
public class PadService {

    private static final Logger log = LoggerFactory.getLogger(PadService.class);

    private final HubService hubs;
    private final PadRepository pads;
    private final CircuitRepository circuits;

    PadService(HubService hubs, PadRepository pads, CircuitRepository circuits) {
        this.hubs = hubs;
        this.pads = pads;
        this.circuits = circuits;
    }

    @Transactional(readOnly = true)
    ResultPage<HubPad> list(String hubId, PadStatus status, PageQuery page) {
        hubs.requireExists(hubId);
        return pads.findByHub(hubId, status, page);
    }

    @Transactional(readOnly = true)
    HubPad get(String hubId, String padId) {
        hubs.requireExists(hubId);
        return pads.findById(hubId, padId).orElseThrow(() -> new NotFoundException("pad", padId));
    }

    HubPad create(HubPad pad) {
        hubs.requireExists(pad.hubId());
        requireCircuitOfHub(pad);
        if (pads.findById(pad.hubId(), pad.id()).isPresent()) {
            throw new ConflictException("Hub '" + pad.hubId() + "' already has a pad '" + pad.id() + "'.");
        }
        pads.insert(pad);
        log.info("Pad {} of hub {} created", pad.id(), pad.hubId());
        return pad;
    }

    HubPad replace(HubPad pad) {
        hubs.requireExists(pad.hubId());
        requireCircuitOfHub(pad);
        if (!pads.update(pad)) {
            throw new NotFoundException("pad", pad.id());
        }
        log.info("Pad {} of hub {} replaced", pad.id(), pad.hubId());
        return pad;
    }

    void delete(String hubId, String padId) {
        hubs.requireExists(hubId);
        if (!pads.delete(hubId, padId)) {
            throw new NotFoundException("pad", padId);
        }
        log.info("Pad {} of hub {} deleted", padId, hubId);
    }

    private void requireCircuitOfHub(HubPad pad) {
        if (pad.circuitId() != null
                && circuits.findByHub(pad.hubId()).stream().noneMatch(circuit -> circuit.id().equals(pad.circuitId()))) {
            throw new InvalidInputException("circuitId", "no circuit '" + pad.circuitId() + "' in hub '" + pad.hubId() + "'");
        }
    }
}
