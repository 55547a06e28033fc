package io.vetted.identity.gdpr;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Tag(name = "Personal data")
public interface PersonalDataOperations {

    @Get("/api/accounts/me/export")
    @Operation(summary = "Download everything Vetted keeps about the signed-in person, from every service (JSON)")
    PersonalDataPayloads.DataExport export();

    @Post("/api/accounts/me/deletion")
    @Operation(summary = "Delete the signed-in account everywhere (password required); references stay, anonymised")
    HttpResponse<Void> delete(@Valid @NotNull @Body PersonalDataPayloads.Deletion request);
}
