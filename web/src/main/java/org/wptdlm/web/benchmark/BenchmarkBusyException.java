package org.wptdlm.web.benchmark;

/** A benchmark is asked for while another runs: one at a time, the machine's cores serve the live loop too. */
public class BenchmarkBusyException extends RuntimeException {

    public BenchmarkBusyException(long runningId) {
        super("Benchmark run " + runningId + " is still running; cancel it or wait until it ends.");
    }
}
