package org.wptdlm.ingest.feed.http;

/** The body formats a polled HTTP feed may have. */
public enum FeedFormat {
    /** Our one documented shape: {@code {"validUntil"?, "schedules":[{"hubId"?, "intervals":[{start,end,value}]}]}}. */
    SCHEDULE("http-feed"),
    /** aWATTar's market data: {@code {"data":[{"start_timestamp","end_timestamp","marketprice","unit":"Eur/MWh"}]}}. */
    AWATTAR("day-ahead");

    private final String defaultSource;

    FeedFormat(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    String defaultSource() {
        return defaultSource;
    }
}
