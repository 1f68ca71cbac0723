package org.wptdlm.web.hub;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.web.pad.PadRequest;
import org.wptdlm.web.system.ConflictException;
import org.wptdlm.web.system.InvalidInputException;
import org.wptdlm.web.system.NotFoundException;

/** Hubs with their circuits; each call is one transaction, so a refused request leaves nothing behind. */
@Service
@Transactional
public class HubService {

    private static final Logger log = LoggerFactory.getLogger(HubService.class);

    private final HubRepository hubs;
    private final CircuitRepository circuits;
    private final PadRepository pads;

    HubService(HubRepository hubs, CircuitRepository circuits, PadRepository pads) {
        this.hubs = hubs;
        this.circuits = circuits;
        this.pads = pads;
    }

    @Transactional(readOnly = true)
    public Hub get(String hubId) {
        return hubs.findById(hubId).orElseThrow(() -> new NotFoundException("hub", hubId));
    }

    /** Fails with a 404 unless the hub exists; for the resources nested under a hub. */
    @Transactional(readOnly = true)
    public void requireExists(String hubId) {
        if (!hubs.exists(hubId)) {
            throw new NotFoundException("hub", hubId);
        }
    }

    @Transactional(readOnly = true)
    ResultPage<Hub> list(HubFilter filter, PageQuery page) {
        return hubs.findAll(filter, page);
    }

    /** Creates the hub, then its circuits, then its pads: all or nothing. */
    Hub create(Hub hub, List<CircuitBody> newCircuits, List<PadRequest> newPads) {
        if (hubs.exists(hub.id())) {
            throw new ConflictException("A hub with id '" + hub.id() + "' already exists.");
        }
        List<HubCircuit> hubCircuits = newCircuits == null ? List.of()
                : newCircuits.stream().map(circuit -> circuit.toCircuit(hub.id())).toList();
        List<HubPad> hubPads = new ArrayList<>();
        for (int i = 0; newPads != null && i < newPads.size(); i++) {
            try {
                hubPads.add(newPads.get(i).toNewPad(hub.id()));
            } catch (InvalidInputException e) {
                throw e.nestedAt("nodes[" + i + "].");
            }
        }
        requireUniqueIds(hubCircuits.stream().map(HubCircuit::id).toList(), "circuits");
        requireUniqueIds(hubPads.stream().map(HubPad::id).toList(), "nodes");
        Set<String> circuitIds = new HashSet<>(hubCircuits.stream().map(HubCircuit::id).toList());
        for (int i = 0; i < hubPads.size(); i++) {
            String circuitId = hubPads.get(i).circuitId();
            if (circuitId != null && !circuitIds.contains(circuitId)) {
                throw new InvalidInputException("nodes[" + i + "].circuitId", "no circuit '" + circuitId + "' in this hub");
            }
        }
        hubs.insert(hub);
        hubCircuits.forEach(circuits::upsert);
        hubPads.forEach(pads::insert);
        log.info("Hub {} created with {} circuits and {} pads", hub.id(), hubCircuits.size(), hubPads.size());
        return hub;
    }

    Hub replace(Hub hub) {
        if (!hubs.update(hub)) {
            throw new NotFoundException("hub", hub.id());
        }
        log.info("Hub {} replaced", hub.id());
        return hub;
    }

    /** A hub that still has pads is not deleted: its pads must go first, so nothing is orphaned by accident. */
    void delete(String hubId) {
        requireExists(hubId);
        int padCount = pads.countByHub(hubId);
        if (padCount > 0) {
            throw new ConflictException("Hub '" + hubId + "' still has " + padCount
                    + " pads; delete them first (DELETE /api/hubs/" + hubId + "/nodes/{nodeId}).");
        }
        hubs.delete(hubId);
        log.info("Hub {} deleted", hubId);
    }

    @Transactional(readOnly = true)
    List<HubCircuit> circuits(String hubId) {
        requireExists(hubId);
        return circuits.findByHub(hubId);
    }

    HubCircuit putCircuit(HubCircuit circuit) {
        requireExists(circuit.hubId());
        circuits.upsert(circuit);
        log.info("HubCircuit {} of hub {} set to {} kW", circuit.id(), circuit.hubId(), circuit.limitKw());
        return circuit;
    }

    void deleteCircuit(String hubId, String circuitId) {
        requireExists(hubId);
        boolean inUse = pads.findAllByHub(hubId).stream().anyMatch(pad -> circuitId.equals(pad.circuitId()));
        if (inUse) {
            throw new ConflictException("HubCircuit '" + circuitId + "' still has pads wired to it.");
        }
        if (!circuits.delete(hubId, circuitId)) {
            throw new NotFoundException("circuit", circuitId);
        }
    }

    private static void requireUniqueIds(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new InvalidInputException(field + "[" + i + "].id", "duplicate id '" + ids.get(i) + "'");
            }
        }
    }
}
