package io.vetted.buyer.shortlist;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

@Tag(name = "Shortlists")
public interface ShortlistOperations {

    @Get("/api/buyer/shortlists")
    @Operation(summary = "The signed-in SME's shortlists, oldest first, with their entries")
    List<ShortlistPayloads.ShortlistView> shortlists();

    @Post("/api/buyer/shortlists")
    @Operation(summary = "Create a named shortlist (409 past the per-account limit)")
    HttpResponse<ShortlistPayloads.ShortlistView> create(@Valid @NotNull @Body ShortlistPayloads.Naming request);

    @Get("/api/buyer/shortlists/{id}")
    @Operation(summary = "One of the signed-in SME's shortlists (404 for anyone else's)")
    ShortlistPayloads.ShortlistView shortlist(@PathVariable UUID id);

    @Put("/api/buyer/shortlists/{id}")
    @Operation(summary = "Rename a shortlist")
    ShortlistPayloads.ShortlistView rename(
            @PathVariable UUID id, @Valid @NotNull @Body ShortlistPayloads.Naming request);

    @Delete("/api/buyer/shortlists/{id}")
    @Operation(summary = "Delete a shortlist, its entries and its read-only link")
    HttpResponse<Void> delete(@PathVariable UUID id);

    @Post("/api/buyer/shortlists/{id}/entries")
    @Operation(summary = "Add a published provider (422 when vendor-service does not know it; 409 when already there)")
    HttpResponse<ShortlistPayloads.ShortlistView> add(
            @PathVariable UUID id, @Valid @NotNull @Body ShortlistPayloads.NewEntry request);

    @Put("/api/buyer/shortlists/{id}/entries/{providerId}")
    @Operation(summary = "Change a shortlisted provider's private note and status (REJECTED needs a reason)")
    ShortlistPayloads.ShortlistView change(
            @PathVariable UUID id,
            @PathVariable UUID providerId,
            @Valid @NotNull @Body ShortlistPayloads.EntryChange request);

    @Delete("/api/buyer/shortlists/{id}/entries/{providerId}")
    @Operation(summary = "Take a provider off a shortlist")
    HttpResponse<Void> remove(@PathVariable UUID id, @PathVariable UUID providerId);

    @Post("/api/buyer/shortlists/{id}/share")
    @Operation(summary = "Make a new read-only link (the token is shown once; the previous link stops working)")
    HttpResponse<ShortlistPayloads.ShareLink> share(@PathVariable UUID id);

    @Delete("/api/buyer/shortlists/{id}/share")
    @Operation(summary = "Revoke the read-only link")
    HttpResponse<Void> unshare(@PathVariable UUID id);

    @Get("/api/buyer/shared-shortlists/{token}")
    @Operation(summary = "A shared shortlist, read-only and public: its name, provider ids and statuses, no notes")
    ShortlistPayloads.SharedShortlist shared(@PathVariable String token);
}
