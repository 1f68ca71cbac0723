package org.wptdlm.domain.event;

/** What a DLM event tells. */
public enum DlmEventType {
    /** Power allocations per pad, published by the service. */
    ALLOCATION,
    /** The hub's grid limit changed. */
    GRID_LIMIT_CHANGED,
    /** A pad reported a fault. */
    NODE_FAULT,
    /** A faulty pad works again. */
    NODE_RECOVERED,
    /** The hub fell back to its safe limit (the service went silent or failed). */
    FALLBACK_ACTIVATED
}
