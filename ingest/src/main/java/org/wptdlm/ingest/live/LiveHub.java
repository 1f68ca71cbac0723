package org.wptdlm.ingest.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * The live state of one hub: its limits, pads and open requests. Every method takes the hub's
 * lock, so the ingest worker's updates and the planner's snapshots never see half a change. The
 * {@code apply…} methods answer the re-planning trigger the change calls for, or empty.
 */
public final class LiveHub {

    private final String hubId;
    private double nominalGridLimitKw;
    private Double reportedGridLimitKw;
    private double baseLoadKw;
    private HubStatus status = HubStatus.ONLINE;
    private Instant lastStatusAt;
    private Instant lastEventAt;
    private long lastEventSequence;
    private Instant padTelemetryAt;
    private final List<RequestSnapshot> closedRequests = new ArrayList<>();
    private final Map<String, Double> circuitLimitsKw = new LinkedHashMap<>();
    private final Map<String, LivePad> pads = new LinkedHashMap<>();
    private final Map<String, RequestSnapshot> requests = new LinkedHashMap<>();

    LiveHub(String hubId, double nominalGridLimitKw) {
        this.hubId = hubId;
        this.nominalGridLimitKw = nominalGridLimitKw;
    }

    public String hubId() {
        return hubId;
    }

    synchronized void restoreStatus(HubStatus restored) {
        status = restored;
    }

    /**
     * Device time of the newest pad telemetry when the pads have been silent for longer than
     * {@code staleAfter} (the hub is then planned with its fallback limits), else empty.
     */
    public synchronized Optional<Instant> telemetryStaleSince(Instant now, Duration staleAfter) {
        return HubSnapshot.isStale(padTelemetryAt, now, staleAfter) ? Optional.of(padTelemetryAt) : Optional.empty();
    }

    /** The status the hub reported last (ONLINE until it reports). */
    public synchronized HubStatus status() {
        return status;
    }

    /**
     * Numbers the hub's next DLM event (published allocations and events the hub reported share
     * one sequence). The live loop numbers them, not the database, so an outage neither stops nor
     * re-sequences them; the count continues from the database's at start.
     */
    public synchronized long nextEventSequence() {
        return ++lastEventSequence;
    }

    /** Continues numbering after {@code sequence}, if that is further than the hub got. */
    public synchronized void continueEventSequenceAfter(long sequence) {
        lastEventSequence = Math.max(lastEventSequence, sequence);
    }

    /** Events the hub reported up to {@code at} are known (restored from the audit trail). */
    public synchronized void continueHubEventsAfter(Instant at) {
        if (lastEventAt == null || at.isAfter(lastEventAt)) {
            lastEventAt = at;
        }
    }

    /** A pad's current status, to keep when its description is stored again. */
    public synchronized Optional<PadStatus> padStatus(String padId) {
        return Optional.ofNullable(pads.get(padId)).map(pad -> pad.status);
    }

    /** Restores a pad known from the database. */
    synchronized void restorePad(
            String padId, double maxPowerKw, double efficiency, String circuitId, PadStatus status) {
        LivePad pad = new LivePad(padId, maxPowerKw, efficiency, circuitId);
        pad.status = status;
        pads.put(padId, pad);
    }

    synchronized void restoreCircuit(String circuitId, double limitKw) {
        circuitLimitsKw.put(circuitId, limitKw);
    }

    synchronized void restoreRequest(RequestSnapshot request) {
        requests.put(request.requestId(), request);
    }

    /** The hub describes itself: its nominal grid limit and its circuits (its status is reported apart). */
    public synchronized Optional<DlmTrigger> applyInfo(Hub hub, List<HubCircuit> circuits) {
        double before = effectiveGridLimitKw();
        nominalGridLimitKw = hub.gridLimitKw();
        circuitLimitsKw.clear();
        circuits.forEach(circuit -> circuitLimitsKw.put(circuit.id(), circuit.limitKw()));
        return before != effectiveGridLimitKw() ? Optional.of(DlmTrigger.GRID_LIMIT_CHANGE) : Optional.empty();
    }

    public synchronized Optional<DlmTrigger> applyStatus(HubStatusReport report) {
        requireNewer(lastStatusAt, report.at());
        lastStatusAt = report.at();
        double limitBefore = effectiveGridLimitKw();
        double baseLoadBefore = baseLoadKw;
        HubStatus statusBefore = status;
        status = report.status();
        reportedGridLimitKw = report.gridLimitKw();
        baseLoadKw = report.baseLoadKw() == null ? 0 : report.baseLoadKw();
        if (statusBefore != HubStatus.ONLINE && status == HubStatus.ONLINE) {
            return Optional.of(DlmTrigger.HUB_RECONNECT);
        }
        return limitBefore != effectiveGridLimitKw() || baseLoadBefore != baseLoadKw || statusBefore != status
                ? Optional.of(DlmTrigger.GRID_LIMIT_CHANGE)
                : Optional.empty();
    }

    private Optional<DlmTrigger> applyGridLimit(double gridLimitKw) {
        double before = effectiveGridLimitKw();
        reportedGridLimitKw = gridLimitKw;
        return before != effectiveGridLimitKw() ? Optional.of(DlmTrigger.GRID_LIMIT_CHANGE) : Optional.empty();
    }

    /**
     * Adds or updates a pad from its description; a circuit the hub does not have is refused. A
     * description says what the pad can do, not how it is: the status the model holds stays (a new
     * pad starts available).
     */
    public synchronized void applyPadInfo(HubPad described) {
        if (described.circuitId() != null && !circuitLimitsKw.containsKey(described.circuitId())) {
            throw new CommandRefusedException(RejectionReason.INVALID_FIELD,
                    "circuitId " + described.circuitId() + " is not a circuit of hub " + hubId);
        }
        LivePad pad = pads.get(described.id());
        if (pad == null) {
            pads.put(described.id(), new LivePad(described.id(), described.maxPowerKw(), described.efficiency(),
                    described.circuitId()));
        } else {
            pad.maxPowerKw = described.maxPowerKw();
            pad.efficiency = described.efficiency();
            pad.circuitId = described.circuitId();
        }
    }

    synchronized boolean hasCircuit(String circuitId) {
        return circuitLimitsKw.containsKey(circuitId);
    }

    public synchronized Optional<DlmTrigger> applyPadStatus(PadStatusReport report) {
        LivePad pad = pad(report.padId());
        requireNewer(pad.lastStatusAt, report.at());
        pad.lastStatusAt = report.at();
        boolean usableBefore = pad.status.canCharge();
        String vehicleBefore = pad.vehicleId;
        pad.status = report.status();
        pad.vehicleId = report.vehicleId();
        if (usableBefore != pad.status.canCharge()) {
            return Optional.of(DlmTrigger.NODE_FAULT);
        }
        return vehicleChange(pad, vehicleBefore);
    }

    private Optional<DlmTrigger> vehicleChange(LivePad pad, String vehicleBefore) {
        if (Objects.equals(vehicleBefore, pad.vehicleId)) {
            return Optional.empty();
        }
        if (vehicleBefore != null) {
            closeRequestsOf(vehicleBefore);
        }
        if (pad.vehicleId == null) {
            return Optional.of(DlmTrigger.VEHICLE_DEPARTURE);
        }
        requests.replaceAll((id, request) -> request.vehicleId().equals(pad.vehicleId)
                ? request.onPad(pad.padId, pad.energyMeterKwh)
                : request);
        return Optional.of(DlmTrigger.VEHICLE_ARRIVAL);
    }

    private void closeRequestsOf(String vehicleId) {
        requests.values().removeIf(request -> {
            boolean closed = request.vehicleId().equals(vehicleId);
            if (closed) {
                closedRequests.add(request);
            }
            return closed;
        });
    }

    /** The requests closed by departures since the last call, to be marked done in the database. */
    public synchronized List<RequestSnapshot> drainClosedRequests() {
        List<RequestSnapshot> closed = List.copyOf(closedRequests);
        closedRequests.clear();
        return closed;
    }

    /** A grid-limit change or pad fault the hub reported on its DLM event topic. */
    public synchronized Optional<DlmTrigger> applyHubEvent(HubEventReport event) {
        requireNewer(lastEventAt, event.at());
        lastEventAt = event.at();
        return switch (event.type()) {
            case GRID_LIMIT_CHANGED -> applyGridLimit(event.gridLimitKw());
            case NODE_FAULT -> applyPadFault(event.padId(), true);
            case NODE_RECOVERED -> applyPadFault(event.padId(), false);
            default -> Optional.empty();
        };
    }

    private Optional<DlmTrigger> applyPadFault(String padId, boolean faulty) {
        LivePad pad = pad(padId);
        boolean usableBefore = pad.status.canCharge();
        if (faulty) {
            pad.status = PadStatus.FAULT;
        } else if (!pad.status.canCharge()) {
            pad.status = pad.vehicleId == null ? PadStatus.AVAILABLE : PadStatus.OCCUPIED;
        }
        return usableBefore != pad.status.canCharge() ? Optional.of(DlmTrigger.NODE_FAULT) : Optional.empty();
    }

    /** Records the reading; only a reading newer than all before it changes the live state. */
    public synchronized DeviceSequence.Verdict applyPadTelemetry(PadTelemetry reading) {
        LivePad pad = pad(reading.padId());
        DeviceSequence.Verdict verdict = pad.telemetry.accept(reading.measuredAt(), reading.sequence());
        if (verdict == DeviceSequence.Verdict.LATEST) {
            pad.powerKw = reading.powerKw();
            pad.energyMeterKwh = reading.energyKwh();
            if (padTelemetryAt == null || reading.measuredAt().isAfter(padTelemetryAt)) {
                padTelemetryAt = reading.measuredAt();
            }
        }
        return verdict;
    }

    /**
     * Stores or replaces a request (by id), or withdraws it. A repeat of the same request is a
     * duplicate; an older version than the one held is out of order.
     */
    public synchronized RequestSnapshot applyRequest(ChargingRequestReport report, VehicleSnapshot vehicle, Instant now) {
        RequestSnapshot held = requests.get(report.requestId());
        if (held != null) {
            requireNewer(held.receivedTs(), report.at());
        }
        if (report.padId() != null) {
            pad(report.padId());
        }
        Optional<LivePad> parkedOn = pads.values().stream()
                .filter(pad -> vehicle.vehicleId().equals(pad.vehicleId))
                .findFirst();
        String padId = report.padId() != null ? report.padId() : parkedOn.map(pad -> pad.padId).orElse(null);
        Double meterKwh = padId == null ? null : pads.get(padId).energyMeterKwh;
        RequestSnapshot request = new RequestSnapshot(
                report.requestId(),
                hubId,
                report.vehicleId(),
                padId,
                held != null ? held.arrivalAt() : now,
                report.cancel() ? now.plusSeconds(1) : report.departureAt(),
                report.targetSocPercent(),
                report.energyKwh(),
                report.priorityClass() != null ? report.priorityClass() : vehicle.priorityClass(),
                held != null && held.meterAtArrivalKwh() != null ? held.meterAtArrivalKwh() : meterKwh,
                report.at());
        if (report.cancel()) {
            requests.remove(report.requestId());
        } else {
            requests.put(report.requestId(), request);
        }
        return request;
    }

    /**
     * Holds a request as stored through the REST API, with its own arrival time; the meter reading
     * at arrival is kept from the version held, or read from the pad the vehicle is on.
     */
    synchronized void putStoredRequest(RequestSnapshot request) {
        RequestSnapshot held = requests.get(request.requestId());
        Double meterKwh = held != null && held.meterAtArrivalKwh() != null
                ? held.meterAtArrivalKwh()
                : Optional.ofNullable(request.padId()).map(pads::get).map(pad -> pad.energyMeterKwh).orElse(null);
        requests.put(request.requestId(), request.onPad(request.padId(), meterKwh));
    }

    synchronized void removeRequest(String requestId) {
        requests.remove(requestId);
    }

    /** Drops requests whose vehicle has left by the clock; answers the ids dropped. */
    synchronized List<String> expireRequests(Instant now) {
        List<String> expired = new ArrayList<>();
        requests.values().removeIf(request -> {
            boolean gone = !request.departureAt().isAfter(now);
            if (gone) {
                expired.add(request.requestId());
            }
            return gone;
        });
        return expired;
    }

    synchronized Optional<String> openRequestOf(String vehicleId) {
        return requests.values().stream()
                .filter(request -> request.vehicleId().equals(vehicleId))
                .map(RequestSnapshot::requestId)
                .findFirst();
    }

    synchronized boolean hasPad(String padId) {
        return pads.containsKey(padId);
    }

    public synchronized HubSnapshot snapshot(Instant now) {
        List<PadSnapshot> padSnapshots = pads.values().stream().map(LivePad::snapshot).toList();
        List<RequestSnapshot> open = requests.values().stream()
                .filter(request -> request.departureAt().isAfter(now))
                .toList();
        return new HubSnapshot(hubId, status, effectiveGridLimitKw(), baseLoadKw, Map.copyOf(circuitLimitsKw),
                padSnapshots, open, padTelemetryAt);
    }

    private double effectiveGridLimitKw() {
        return reportedGridLimitKw == null ? nominalGridLimitKw : Math.min(reportedGridLimitKw, nominalGridLimitKw);
    }

    private LivePad pad(String padId) {
        LivePad pad = pads.get(padId);
        if (pad == null) {
            throw new CommandRefusedException(RejectionReason.UNKNOWN_NODE, "hub " + hubId + " has no pad " + padId);
        }
        return pad;
    }

    private static void requireNewer(Instant held, Instant ts) {
        if (held == null || ts.isAfter(held)) {
            return;
        }
        if (ts.equals(held)) {
            throw new CommandRefusedException(RejectionReason.DUPLICATE, "already have the message of " + ts);
        }
        throw new CommandRefusedException(RejectionReason.OUT_OF_ORDER, ts + " is older than " + held);
    }
}
