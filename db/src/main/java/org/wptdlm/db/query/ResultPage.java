package org.wptdlm.db.query;

import java.util.List;
import java.util.function.Function;

/** One page of a listing and the size of the whole listing. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(List<T> items, PageQuery query, long totalItems) {
        return new ResultPage<>(items, query.page(), query.size(), totalItems);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
