package org.wptdlm.ingest.mqtt;

import java.time.Instant;

/**
 * A message that passed parsing and validation, waiting for the ingest worker.
 *
 * @param payload the validated record of the topic's kind (see {@code org.wptdlm.ingest.payload})
 * @param raw the received bytes, kept for a rejection the worker may still decide (unknown hub,
 *     duplicate)
 * @param acknowledgement tells the broker the message is taken care of; run it once, after the
 *     message is applied (or refused) and its writes are handed to the write-behind buffers
 */
public record Inbound(Topic topic, Object payload, byte[] raw, Instant receivedAt, Runnable acknowledgement) {}
