package org.wptdlm.web.system;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.wptdlm.db.query.PageQuery;

/** The {@code page} and {@code size} query parameters of every listing. */
public record PageParams(
        @Schema(description = "0-based page number", defaultValue = "0") @Min(0) Integer page,
        @Schema(description = "items per page", defaultValue = "50") @Min(1) @Max(PageQuery.MAX_SIZE) Integer size) {

    static final int DEFAULT_SIZE = 50;

    public PageQuery toQuery() {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }
}
