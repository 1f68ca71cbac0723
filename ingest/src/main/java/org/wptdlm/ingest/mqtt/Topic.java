package org.wptdlm.ingest.mqtt;

import java.util.Optional;
import org.wptdlm.domain.Invariants;
import org.wptdlm.domain.pad.SeedNames;

/**
 * A received topic, understood: which kind of message and the ids in its path. Ids follow the one id
 * rule ({@link Invariants#isId}: letters, digits, '.', '_', ':' and '-', at most 64, starting with a
 * letter or digit), so they are safe as database keys and topic levels.
 */
public record Topic(String name, TopicKind kind, String hubId, String padId, String vehicleId) {


    /** The topic's kind and ids, or empty when the service does not handle this topic. */
    public static Optional<Topic> parse(String name) {
        String[] levels = name.split("/", -1);
        if (levels.length < 3 || !"iot".equals(levels[0])) {
            return Optional.empty();
        }
        if ("vehicles".equals(levels[1])) {
            return levels.length == 4 && "telemetry".equals(levels[3]) && isId(levels[2])
                    ? Optional.of(new Topic(name, TopicKind.VEHICLE_TELEMETRY, null, null, levels[2]))
                    : Optional.empty();
        }
        if (!"hubs".equals(levels[1]) || !isId(levels[2])) {
            return Optional.empty();
        }
        String hubId = levels[2];
        if (levels.length == 4) {
            return hubTopic(name, hubId, levels[3]);
        }
        if (levels.length == 5 && "dlm".equals(levels[3]) && "events".equals(levels[4])) {
            return Optional.of(new Topic(name, TopicKind.DLM_EVENT, hubId, null, null));
        }
        if (levels.length == 5 && "grid".equals(levels[3])) {
            return gridTopic(name, hubId, levels[4]);
        }
        if (levels.length == 6 && SeedNames.PADS.equals(levels[3]) && isId(levels[4])) {
            return padTopic(name, hubId, levels[4], levels[5]);
        }
        return Optional.empty();
    }

    private static Optional<Topic> hubTopic(String name, String hubId, String leaf) {
        TopicKind kind = switch (leaf) {
            case "info" -> TopicKind.HUB_INFO;
            case "status" -> TopicKind.HUB_STATUS;
            case "requests" -> TopicKind.CHARGING_REQUEST;
            case "meter" -> TopicKind.SITE_METER;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Topic(name, k, hubId, null, null));
    }

    private static Optional<Topic> gridTopic(String name, String hubId, String leaf) {
        TopicKind kind = switch (leaf) {
            case "limits" -> TopicKind.GRID_LIMITS;
            case "prices" -> TopicKind.GRID_PRICES;
            case "carbon" -> TopicKind.GRID_CARBON;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Topic(name, k, hubId, null, null));
    }

    private static Optional<Topic> padTopic(String name, String hubId, String padId, String leaf) {
        TopicKind kind = switch (leaf) {
            case "info" -> TopicKind.PAD_INFO;
            case "status" -> TopicKind.PAD_STATUS;
            case "telemetry" -> TopicKind.PAD_TELEMETRY;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Topic(name, k, hubId, padId, null));
    }

    private static boolean isId(String level) {
        return Invariants.isId(level);
    }

    /** The topic on which the service publishes DLM events for a hub (QoS 1, not retained). */
    public static String dlmEvents(String hubId) {
        return "iot/hubs/" + hubId + "/dlm/events";
    }

    /** The retained topic holding a hub's current allocation, for controllers that (re)connect. */
    public static String dlmAllocation(String hubId) {
        return "iot/hubs/" + hubId + "/dlm/allocation";
    }

    /** The filter of every hub's allocation topic. */
    public static final String DLM_ALLOCATIONS = dlmAllocation("+");

    /**
     * Where an instance tells the hub's owner that a charging request of the hub changed through
     * its REST API (payload: the request id); the row in the database is the request.
     */
    public static String requestNotice(String hubId) {
        return "wpt-dlm/cluster/requests/" + hubId;
    }

    /** The filter of every hub's request notices. */
    public static final String REQUEST_NOTICES = requestNotice("+");

    /** The hub whose request-notice topic {@code name} is, or empty for any other topic. */
    public static Optional<String> requestNoticeHubId(String name) {
        String[] levels = name.split("/", -1);
        boolean notice = levels.length == 4 && "wpt-dlm".equals(levels[0]) && "cluster".equals(levels[1])
                && "requests".equals(levels[2]) && isId(levels[3]);
        return notice ? Optional.of(levels[3]) : Optional.empty();
    }

    /** The hub whose allocation topic {@code name} is, or empty for any other topic. */
    public static Optional<String> allocationHubId(String name) {
        String[] levels = name.split("/", -1);
        boolean allocation = levels.length == 5 && "iot".equals(levels[0]) && "hubs".equals(levels[1])
                && isId(levels[2]) && "dlm".equals(levels[3]) && "allocation".equals(levels[4]);
        return allocation ? Optional.of(levels[2]) : Optional.empty();
    }
}
