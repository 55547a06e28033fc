package io.vetted.buyer.quote;

import io.micronaut.http.annotation.Body;
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

/** A provider's inbox of quote requests (role PROVIDER; the owner or a team member of the provider). */
@Tag(name = "Quote requests")
public interface InboxOperations {

    @Get("/api/quote-inbox")
    @Operation(summary = "Requests addressed to the caller's provider, newest first")
    List<QuotePayloads.InboxQuote> inbox();

    @Get("/api/quote-inbox/{id}")
    @Operation(
            summary = "One request with the buyer's requirements and the conversation (404 when not addressed to it)")
    QuotePayloads.InboxQuote request(@PathVariable UUID id);

    @Put("/api/quote-inbox/{id}/answer")
    @Operation(summary = "Answer with a price and terms, once (409 the second time)")
    QuotePayloads.InboxQuote answer(@PathVariable UUID id, @Valid @NotNull @Body QuotePayloads.Answer answer);

    @Post("/api/quote-inbox/{id}/messages")
    @Operation(summary = "Write to the buyer in the request's conversation")
    QuotePayloads.InboxQuote post(@PathVariable UUID id, @Valid @NotNull @Body QuotePayloads.NewMessage message);
}
