package org.wptdlm.ingest.feed;

import java.util.Set;

/** The hubs a source that speaks for "all hubs" delivers to: every hub the live model knows. */
@FunctionalInterface
public interface HubDirectory {

    Set<String> hubIds();
}
