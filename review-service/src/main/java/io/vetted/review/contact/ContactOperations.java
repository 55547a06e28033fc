package io.vetted.review.contact;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

@Tag(name = "Contact requests")
public interface ContactOperations {

    @Post("/api/references/{id}/contact-requests")
    @Operation(summary = "Ask to talk to a reference's author (SME); the author decides")
    HttpResponse<ContactRequestResponse> ask(@PathVariable UUID id, @Valid @NotNull @Body ContactRequests.Ask request);

    @Get("/api/contact-requests/received")
    @Operation(summary = "Contact requests on the signed-in author's references")
    List<ContactRequestResponse> received();

    @Get("/api/contact-requests/sent")
    @Operation(summary = "The signed-in client's own contact requests, with the shared contact once accepted")
    List<ContactRequestResponse> sent();

    @Post("/api/contact-requests/{id}/acceptance")
    @Operation(summary = "Accept a contact request, sharing the contact details given (the reference's author)")
    ContactRequestResponse accept(@PathVariable UUID id, @Valid @NotNull @Body ContactRequests.Accept request);

    @Post("/api/contact-requests/{id}/refusal")
    @Operation(summary = "Decline a contact request; nothing is shared (the reference's author)")
    ContactRequestResponse decline(@PathVariable UUID id);
}
