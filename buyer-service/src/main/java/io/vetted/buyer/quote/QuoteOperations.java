package io.vetted.buyer.quote;

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

/** The buyer's quote requests (role SME). */
@Tag(name = "Quote requests")
public interface QuoteOperations {

    @Post("/api/buyer/shortlists/{id}/quote-requests")
    @Operation(
            summary = "Ask shortlisted providers for a quote with a snapshot of the requirements (201; 200 when"
                    + " each already had an open request from this shortlist; 429 past the daily limit)")
    HttpResponse<List<QuotePayloads.BuyerQuote>> send(
            @PathVariable UUID id, @Valid @NotNull @Body QuotePayloads.Send request);

    @Get("/api/buyer/shortlists/{id}/quote-requests")
    @Operation(
            summary = "A shortlist's requests, each answer beside the provider's public figures, with contradictions")
    QuotePayloads.Comparison compare(@PathVariable UUID id);

    @Get("/api/buyer/quote-requests")
    @Operation(summary = "The signed-in SME's quote requests, newest first")
    List<QuotePayloads.BuyerQuote> quotes();

    @Get("/api/buyer/quote-requests/{id}")
    @Operation(summary = "One request with its answer and conversation (404 for anyone else's)")
    QuotePayloads.BuyerQuote quote(@PathVariable UUID id);

    @Post("/api/buyer/quote-requests/{id}/reveal")
    @Operation(summary = "Show the provider the buyer's name and email (it sees only the company until then)")
    QuotePayloads.BuyerQuote reveal(@PathVariable UUID id);

    @Post("/api/buyer/quote-requests/{id}/messages")
    @Operation(summary = "Write to the provider in the request's conversation")
    QuotePayloads.BuyerQuote post(@PathVariable UUID id, @Valid @NotNull @Body QuotePayloads.NewMessage message);
}
