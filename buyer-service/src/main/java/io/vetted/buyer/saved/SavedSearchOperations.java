package io.vetted.buyer.saved;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

@Tag(name = "Saved searches")
public interface SavedSearchOperations {

    @Get("/api/buyer/saved-searches")
    @Operation(summary = "The signed-in SME's saved searches, oldest first")
    List<SavedSearchPayloads.SavedSearchView> savedSearches();

    @Post("/api/buyer/saved-searches")
    @Operation(summary = "Save a search: a name and the query string as run (409 past the per-account limit)")
    HttpResponse<SavedSearchPayloads.SavedSearchView> save(
            @Valid @NotNull @Body SavedSearchPayloads.NewSavedSearch request);

    @Post("/api/buyer/saved-searches/{id}/visits")
    @Operation(summary = "Record that the buyer re-ran the search now (the start of \"new since last visit\")")
    SavedSearchPayloads.SavedSearchView visit(@PathVariable UUID id);

    @Delete("/api/buyer/saved-searches/{id}")
    @Operation(summary = "Delete a saved search")
    HttpResponse<Void> delete(@PathVariable UUID id);
}
