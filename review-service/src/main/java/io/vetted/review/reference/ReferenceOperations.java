package io.vetted.review.reference;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

@Tag(name = "References")
public interface ReferenceOperations {

    @Post("/api/providers/{providerId}/references")
    @Operation(summary = "Post a reference on a provider, as a client (SME) of theirs")
    HttpResponse<ReferenceResponse> create(@PathVariable UUID providerId,
                                           @Valid @NotNull @Body CreateReferenceRequest request);

    @Get("/api/providers/{providerId}/references{?page,size}")
    @Operation(summary = "A provider's references, newest first")
    ReferenceResponse.Page list(@PathVariable UUID providerId,
                                @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);
}
