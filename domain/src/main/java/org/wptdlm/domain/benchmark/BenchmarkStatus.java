package org.wptdlm.domain.benchmark;

public enum BenchmarkStatus {
    RUNNING,
    FINISHED,
    CANCELLED,
    FAILED
}
