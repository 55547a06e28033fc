package io.vetted.vendor.search;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Search")
public interface SearchOperations {

    @Get("/api/providers")
    @Operation(
            summary = "Find published providers: French and English full text (accents optional, prefixes and typos "
                    + "tolerated), filters, facet counts, sorts; keyset cursors except by relevance")
    SearchResponse search(@Valid @RequestBean SearchCriteria criteria);
}
