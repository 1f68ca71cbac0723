package org.wptdlm.ingest.mqtt;

/**
 * An allocation of a hub seen on the broker (the retained one when the service connects, then its
 * own as they go out): a Spring application event.
 *
 * @param sequence the allocation's DLM event number
 */
public record AllocationSeen(String hubId, long sequence) {}
