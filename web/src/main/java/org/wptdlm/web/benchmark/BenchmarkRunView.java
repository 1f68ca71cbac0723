package org.wptdlm.web.benchmark;

import org.wptdlm.domain.benchmark.BenchmarkRun;

/** A stored run on the page, with its two charts as JSON for the page's script. */
record BenchmarkRunView(BenchmarkRun run, String energyChartJson, String peakChartJson) {}
