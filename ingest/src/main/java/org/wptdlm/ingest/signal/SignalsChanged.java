package org.wptdlm.ingest.signal;

/** A hub's signals changed (a schedule arrived, changed, was removed, or a limit source went stale). */
public record SignalsChanged(String hubId) {}
