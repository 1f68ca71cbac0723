package org.wptdlm.ingest.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.ingest.cluster.HubOwnership;
import org.wptdlm.ingest.live.ChargingRequestReport;
import org.wptdlm.ingest.live.CommandRefusedException;
import org.wptdlm.ingest.live.DeviceSequence;
import org.wptdlm.ingest.live.EntityStore;
import org.wptdlm.ingest.live.HubEventReport;
import org.wptdlm.ingest.live.HubMessageApplied;
import org.wptdlm.ingest.live.HubStatusReport;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.PadStatusReport;
import org.wptdlm.ingest.live.ReplanRequests;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.live.StayEnded;
import org.wptdlm.ingest.live.TelemetrySink;
import org.wptdlm.ingest.live.VehicleReport;
import org.wptdlm.ingest.live.VehicleSnapshot;
import org.wptdlm.ingest.payload.ChargingRequestMessage;
import org.wptdlm.ingest.payload.GridScheduleMessage;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.HubStatusMessage;
import org.wptdlm.ingest.payload.PadInfoMessage;
import org.wptdlm.ingest.payload.PadStatusMessage;
import org.wptdlm.ingest.payload.PadTelemetryMessage;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.payload.PayloadRejectedException;
import org.wptdlm.ingest.payload.SiteMeterMessage;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;
import org.wptdlm.ingest.rejection.RejectionReason;
import org.wptdlm.ingest.signal.BaseLoadForecaster;

/**
 * Applies one accepted message to the live model, hands its telemetry to the database writer, keeps
 * the entities in the database current and asks for a re-plan when the change matters. Refuses
 * what needs the model to judge (unknown hub, pad or vehicle; duplicate; out of order) by throwing
 * {@link PayloadRejectedException}. The MQTT edge of the live model: the one place that turns payload
 * records into the model's commands (domain records, or the small reports of package {@code live}) and the
 * model's {@link CommandRefusedException} into a rejection of the message. Runs on the ingest worker
 * thread only.
 */
@Component
public class MessageApplier {

    private final LiveModel model;
    private final EntityStore entities;
    private final TelemetrySink telemetry;
    private final ReplanRequests replans;
    private final ReplanSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignalSink signals;
    private final BaseLoadForecaster baseLoad;
    private final HubOwnership ownership;
    private final ObjectMapper mapper = PayloadParser.mapper();

    public MessageApplier(LiveModel model, EntityStore entities, TelemetrySink telemetry, ReplanRequests replans,
            ReplanSettings settings, ApplicationEventPublisher events, Clock clock, SignalSink signals,
            BaseLoadForecaster baseLoad, HubOwnership ownership) {
        this.model = model;
        this.ownership = ownership;
        this.signals = signals;
        this.baseLoad = baseLoad;
        this.events = events;
        this.entities = entities;
        this.telemetry = telemetry;
        this.replans = replans;
        this.settings = settings;
        this.clock = clock;
    }

    public void apply(Inbound message) {
        try {
            applyTranslated(message);
        } catch (CommandRefusedException e) {
            throw new PayloadRejectedException(e.reason(), e.getMessage());
        }
    }

    /** Translates the payload record into the live model's command and applies it. */
    private void applyTranslated(Inbound message) {
        Topic topic = message.topic();
        switch (topic.kind()) {
            case HUB_INFO -> hubInfo(topic.hubId(), (HubInfoMessage) message.payload());
            case PAD_INFO -> padInfo(topic, (PadInfoMessage) message.payload());
            case HUB_STATUS -> hubStatus(topic.hubId(), (HubStatusMessage) message.payload());
            case PAD_STATUS -> padStatus(topic, (PadStatusMessage) message.payload());
            case VEHICLE_TELEMETRY -> vehicleTelemetry(topic.vehicleId(), (VehicleTelemetryMessage) message.payload(),
                    message.receivedAt());
            case PAD_TELEMETRY -> padTelemetry(topic, (PadTelemetryMessage) message.payload(), message.receivedAt());
            case DLM_EVENT -> hubEvent(topic.hubId(), (HubEventMessage) message.payload());
            case CHARGING_REQUEST -> request(topic.hubId(), (ChargingRequestMessage) message.payload());
            case GRID_LIMITS, GRID_PRICES, GRID_CARBON -> gridSchedule(topic, (GridScheduleMessage) message.payload(),
                    message.receivedAt());
            case SITE_METER -> siteMeter(topic.hubId(), (SiteMeterMessage) message.payload());
        }
        if (topic.hubId() != null) {
            events.publishEvent(new HubMessageApplied(topic.hubId(), topic.kind()));
        }
    }

    private void hubInfo(String hubId, HubInfoMessage info) {
        boolean known = model.hub(hubId).isPresent() || entities.loadHub(hubId);
        LiveHub hub = model.hubOrCreate(hubId, info.gridLimitKw());
        // The status is the one the model holds: a description does not report it.
        Hub described = new Hub(hubId, info.name(), info.address(), info.latitude(), info.longitude(),
                info.gridLimitKw(), hub.status());
        List<HubCircuit> circuits = info.circuits().stream()
                .map(circuit -> new HubCircuit(hubId, circuit.id(), circuit.limitKw()))
                .toList();
        Optional<DlmTrigger> trigger = hub.applyInfo(described, circuits);
        entities.upsertHub(described, circuits);
        if (known) {
            trigger.ifPresent(t -> replans.replan(hubId, t));
        }
    }

    private void padInfo(Topic topic, PadInfoMessage info) {
        LiveHub hub = knownHub(topic.hubId());
        HubPad described = new HubPad(topic.hubId(), topic.padId(), info.maxPowerKw(), info.efficiency(),
                hub.padStatus(topic.padId()).orElse(PadStatus.AVAILABLE), info.circuitId());
        hub.applyPadInfo(described);
        entities.upsertPad(described);
    }

    private void hubStatus(String hubId, HubStatusMessage status) {
        Optional<DlmTrigger> trigger = knownHub(hubId).applyStatus(
                new HubStatusReport(status.ts(), status.state(), status.gridLimitKw(), status.baseLoadKw()));
        trigger.ifPresent(t -> replans.replan(hubId, t));
        entities.updateHubStatus(hubId, status.state());
    }

    private void padStatus(Topic topic, PadStatusMessage status) {
        LiveHub hub = knownHub(topic.hubId());
        Optional<DlmTrigger> trigger = hub.applyPadStatus(
                new PadStatusReport(topic.padId(), status.ts(), status.state(), status.vehicleId()));
        trigger.ifPresent(t -> replans.replan(topic.hubId(), t));
        entities.updatePadStatus(topic.hubId(), topic.padId(), status.state());
        for (RequestSnapshot request : hub.drainClosedRequests()) {
            entities.completeRequest(request.requestId(), status.ts());
            events.publishEvent(new StayEnded(request, status.ts()));
        }
    }

    private void vehicleTelemetry(String vehicleId, VehicleTelemetryMessage message, Instant receivedAt) {
        VehicleReport report = new VehicleReport(new VehicleTelemetry(vehicleId, message.ts(), message.seq(),
                message.socPercent(), message.latitude(), message.longitude(), receivedAt),
                message.batteryCapacityKwh(), message.maxChargePowerKw());
        requireKnownVehicle(report);
        DeviceSequence.Verdict verdict = model.apply(report);
        rejectRepeated(verdict, vehicleId);
        telemetry.vehicle(report.reading());
        if (verdict == DeviceSequence.Verdict.LATEST) {
            checkSocAgainstPlan(report.reading());
        }
    }

    private void checkSocAgainstPlan(VehicleTelemetry reading) {
        String vehicleId = reading.vehicleId();
        model.socExpectation(vehicleId).ifPresent(expected -> {
            double deviation = Math.abs(reading.socPercent() - expected.expectedSocPercentAt(reading.measuredAt()));
            if (deviation > settings.socDeviationPercent()) {
                // Re-planned once per deviation: the next plan sets a new expectation.
                model.forgetSoc(vehicleId);
                replans.replan(expected.hubId(), DlmTrigger.SOC_DEVIATION);
            }
        });
    }

    private void padTelemetry(Topic topic, PadTelemetryMessage message, Instant receivedAt) {
        LiveHub hub = knownHub(topic.hubId());
        PadTelemetry reading = new PadTelemetry(topic.hubId(), topic.padId(), message.ts(), message.seq(),
                message.powerKw(), message.energyKwh(), message.alignmentPercent(), message.vehiclePresent(),
                message.vehicleId(), receivedAt);
        DeviceSequence.Verdict verdict = hub.applyPadTelemetry(reading);
        rejectRepeated(verdict, topic.hubId() + "/" + topic.padId());
        telemetry.pad(reading);
    }

    private void hubEvent(String hubId, HubEventMessage event) {
        LiveHub hub = knownHub(hubId);
        Optional<DlmTrigger> trigger = hub.applyHubEvent(
                new HubEventReport(event.ts(), event.type(), event.gridLimitKw(), event.padId()));
        trigger.ifPresent(t -> replans.replan(hubId, t));
        if (ownership.owns(hubId)) {
            // Every instance follows the hub's events; its owner alone numbers and records them.
            entities.recordHubEvent(auditEntry(hubId, event), hub.nextEventSequence(), event.dedupKey());
        }
    }

    /** The hub's event as its audit trail keeps it: the message as received, and why it matters. */
    private NewDlmEvent auditEntry(String hubId, HubEventMessage event) {
        DlmTrigger trigger = switch (event.type()) {
            case GRID_LIMIT_CHANGED -> DlmTrigger.GRID_LIMIT_CHANGE;
            default -> DlmTrigger.NODE_FAULT;
        };
        try {
            return new NewDlmEvent(hubId, DlmEventSource.HUB, event.type(), trigger, null,
                    mapper.writeValueAsString(event), event.ts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Hub event cannot be written as JSON", e);
        }
    }

    private void request(String hubId, ChargingRequestMessage message) {
        LiveHub hub = knownHub(hubId);
        VehicleSnapshot vehicle = model.vehicle(message.vehicleId())
                .or(() -> entities.loadVehicle(message.vehicleId()) ? model.vehicle(message.vehicleId()) : Optional.empty())
                .orElseThrow(() -> new PayloadRejectedException(
                        RejectionReason.UNKNOWN_VEHICLE, "vehicle " + message.vehicleId() + " is not known"));
        RequestSnapshot request = hub.applyRequest(new ChargingRequestReport(message.requestId(),
                message.vehicleId(), message.padId(), message.departure(), message.targetSocPercent(),
                message.energyKwh(), message.priorityClass(), message.cancel(), message.ts()), vehicle, clock.instant());
        // Planning works from the live model: it need not wait for the request's row.
        replans.replan(hubId, DlmTrigger.CHARGING_REQUEST);
        if (message.cancel()) {
            entities.closeRequest(request.requestId(), ChargingRequestStatus.CANCELLED);
            model.forgetSoc(message.vehicleId());
        } else {
            entities.saveRequest(request);
        }
    }

    private void gridSchedule(Topic topic, GridScheduleMessage message, Instant receivedAt) {
        knownHub(topic.hubId());
        signals.accept(message.toSchedule(topic.hubId(), topic.kind().signalKind(), receivedAt));
    }

    private void siteMeter(String hubId, SiteMeterMessage reading) {
        double padsDrawKw = knownHub(hubId).snapshot(clock.instant()).pads().stream()
                .mapToDouble(pad -> pad.powerKw() / pad.efficiency())
                .sum();
        BaseLoadForecaster.Verdict verdict = baseLoad.record(hubId, reading.ts(), reading.baseLoadKw(padsDrawKw));
        if (verdict != BaseLoadForecaster.Verdict.TAKEN) {
            throw new PayloadRejectedException(verdict == BaseLoadForecaster.Verdict.DUPLICATE
                    ? RejectionReason.DUPLICATE : RejectionReason.OUT_OF_ORDER,
                    "meter reading of hub " + hubId + " at " + reading.ts() + " is not newer than the last");
        }
    }

    private LiveHub knownHub(String hubId) {
        return model.hub(hubId)
                .or(() -> entities.loadHub(hubId) ? model.hub(hubId) : Optional.empty())
                .orElseThrow(() -> new PayloadRejectedException(RejectionReason.UNKNOWN_HUB, "hub " + hubId + " is not known"));
    }

    /** Loads the vehicle from the database or registers it from a describing report, if the model lacks it. */
    private void requireKnownVehicle(VehicleReport report) {
        String vehicleId = report.reading().vehicleId();
        if (model.knowsVehicle(vehicleId) || entities.loadVehicle(vehicleId) && model.knowsVehicle(vehicleId)) {
            return;
        }
        Vehicle described = report.describedVehicle().orElseThrow(() -> new PayloadRejectedException(
                RejectionReason.UNKNOWN_VEHICLE, "vehicle " + vehicleId
                        + " is not known; its first telemetry must carry batteryCapacityKwh and maxChargePowerKw"));
        entities.insertVehicle(described);
        model.register(described);
    }

    private static void rejectRepeated(DeviceSequence.Verdict verdict, String device) {
        if (verdict == DeviceSequence.Verdict.DUPLICATE) {
            throw new PayloadRejectedException(RejectionReason.DUPLICATE, "reading already received from " + device);
        }
        if (verdict == DeviceSequence.Verdict.OUT_OF_ORDER) {
            throw new PayloadRejectedException(RejectionReason.OUT_OF_ORDER,
                    "reading from " + device + " older than the last " + DeviceSequence.REMEMBERED + " received");
        }
    }
}
