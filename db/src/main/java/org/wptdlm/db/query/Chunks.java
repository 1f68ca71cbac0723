package org.wptdlm.db.query;

import java.util.ArrayList;
import java.util.List;

public final class Chunks {

    /**
     * Rows per INSERT statement: PostgreSQL takes at most 65,535 bind values per statement, and a
     * thousand rows already amortise the round trip.
     */
    public static final int ROWS_PER_STATEMENT = 1000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(items.subList(from, Math.min(items.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
