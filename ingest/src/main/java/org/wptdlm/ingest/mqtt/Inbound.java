package org.wptdlm.ingest.mqtt;

import java.time.Instant;

/**
 * A message that passed parsing and validation, waiting for the ingest worker.
 *
 * @param payload the validated record of the topic's kind (see {@code org.wptdlm.ingest.payload})
 * @param raw the received bytes, kept for a rejection the worker may still decide (unknown hub,
 *     duplicate)
 */
public record Inbound(Topic topic, Object payload, byte[] raw, Instant receivedAt) {}
