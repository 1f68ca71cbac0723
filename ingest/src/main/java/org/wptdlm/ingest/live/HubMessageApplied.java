package org.wptdlm.ingest.live;

import org.wptdlm.ingest.mqtt.TopicKind;

/**
 * Spring application event, published after an accepted message about a hub changed the live model
 * (status, info, telemetry, a request or a hub's DLM event). Listeners must be cheap: it comes with
 * every such message.
 */
public record HubMessageApplied(String hubId, TopicKind kind) {}
