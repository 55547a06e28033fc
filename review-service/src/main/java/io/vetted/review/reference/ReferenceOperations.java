package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

@Tag(name = "References")
public interface ReferenceOperations {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Post("/api/providers/{providerId}/references")
    @Operation(
            summary =
                    "Publish a reference on a provider, as its client (SME); retries with the same Idempotency-Key create it once")
    HttpResponse<ReferenceResponse> create(
            @PathVariable UUID providerId,
            @Nullable @Size(max = 200) @Header(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull @Body ReferenceRequest request);

    @Get("/api/providers/{providerId}/references{?page,size,sort,verified,current,criterion}")
    @Operation(
            summary =
                    "A provider's references: sort RECENT, HIGHEST or LOWEST; filter verified only, current clients, rated on a criterion")
    ReferenceResponse.Page list(
            @PathVariable UUID providerId,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
            @Nullable @QueryValue ReferenceSort sort,
            @Nullable @QueryValue Boolean verified,
            @Nullable @QueryValue Boolean current,
            @Nullable @QueryValue Criterion criterion);

    @Get("/api/references/mine")
    @Operation(summary = "The signed-in client's own references, withdrawn ones included")
    List<ReferenceResponse> mine();

    @Get("/api/references/{id}")
    @Operation(summary = "One reference (a hidden one shows only the moderator's public reason)")
    ReferenceResponse get(@PathVariable UUID id);

    @Put("/api/references/{id}")
    @Operation(summary = "Edit one's own reference; the earlier version is kept; send the version you edited")
    ReferenceResponse edit(@PathVariable UUID id, @Valid @NotNull @Body ReferenceRequest request);

    @Post("/api/references/{id}/withdrawal")
    @Operation(summary = "Withdraw one's own reference: it no longer shows or counts")
    ReferenceResponse withdraw(@PathVariable UUID id);

    @Get("/api/references/{id}/revisions")
    @Operation(summary = "Earlier versions of a reference and what each edit changed: public while the reference shows")
    List<RevisionResponse> revisions(@PathVariable UUID id);
}
