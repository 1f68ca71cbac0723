package org.wptdlm.domain.benchmark;

/** What a benchmark run measures. */
public enum BenchmarkKind {
    /** A session-replay file played through online strategies at each capacity of a sweep. */
    REPLAY,
    /** The synthetic planning instances solved by the planner's strategies, against the LP upper bound. */
    SYNTHETIC
}
