package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@Tag(name = "Search")
public interface SearchOperations {

    @Get("/api/providers{?q,page,size}")
    @Operation(summary = "Find providers by free text (French or English, accents optional, word prefixes match)")
    SearchResponse search(@Nullable @QueryValue @Size(max = 200) String q,
                          @QueryValue(defaultValue = "0") @Min(0) @Max(1000) int page,
                          @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);
}
