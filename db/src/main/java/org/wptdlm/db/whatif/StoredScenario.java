package org.wptdlm.db.whatif;

import java.time.Instant;

/**
 * A saved what-if scenario as stored.
 *
 * @param id null before it is stored
 * @param changesJson its changes as JSON in the planning files' format (written and read by the solver's mapper)
 */
public record StoredScenario(Long id, String hubId, String name, String changesJson, String createdBy, Instant createdAt) {}
