package org.wptdlm.web.system;

import java.util.List;
import java.util.function.Function;
import org.wptdlm.db.query.ResultPage;

/** One page of a listing, with what a client needs to fetch the others. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <D, T> PageResponse<T> of(ResultPage<D> page, Function<? super D, ? extends T> toResponse) {
        ResultPage<T> mapped = page.map(toResponse);
        return new PageResponse<>(mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
    }
}
