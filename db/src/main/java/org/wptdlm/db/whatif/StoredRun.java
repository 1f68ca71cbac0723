package org.wptdlm.db.whatif;

/**
 * A what-if run as stored: its listing figures and its whole result.
 *
 * @param resultJson problem, plan and comparison as JSON in the planning files' format
 */
public record StoredRun(RunSummary summary, String resultJson) {}
