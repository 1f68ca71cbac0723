package org.wptdlm.ingest.cluster;

/**
 * This instance has become the owner of a hub (at start, when another instance died or when hubs
 * were rebalanced): a Spring application event, published on the ownership thread.
 */
public record HubLeaseAcquired(String hubId, long epoch) {}
