package org.wptdlm.ingest.rejection;

import java.time.Instant;

/**
 * A message the service did not accept.
 *
 * @param payloadExcerpt the start of the payload as text, for the operator to see what came in
 */
public record Rejection(String topic, RejectionReason reason, String detail, String payloadExcerpt, Instant receivedAt) {}
