package org.wptdlm.ingest.feed.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.signal.SignalInterval;

/**
 * What one feed answer says, before it is spread over hubs.
 *
 * @param validUntil as the answer says, null when it does not
 * @param byHub intervals for named hubs
 * @param allHubs intervals for every other hub, null when the answer has none
 */
record FeedAnswer(Instant validUntil, Map<String, List<SignalInterval>> byHub, List<SignalInterval> allHubs) {}
