package org.wptdlm.ingest.live;

/**
 * Tells a hub's owner, when that is another instance of the service, that one of the hub's charging
 * requests changed here (through the REST API): the owner plans the hub, and only the database and
 * this instance know of the change.
 */
@FunctionalInterface
public interface RequestOwnerNotices {

    void changed(String hubId, String requestId);
}
