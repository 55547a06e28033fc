package io.vetted.buyer.quote;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.buyer.requirements.RequirementsResponse;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.support.problem.ApiProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuoteController implements QuoteOperations {

    private final QuoteService quotes;
    private final QuoteVendor vendor;
    private final QuoteViews views;
    private final CurrentUser currentUser;

    QuoteController(QuoteService quotes, QuoteVendor vendor, QuoteViews views, CurrentUser currentUser) {
        this.quotes = quotes;
        this.vendor = vendor;
        this.views = views;
        this.currentUser = currentUser;
    }

    @Override
    public HttpResponse<List<QuotePayloads.BuyerQuote>> send(UUID id, QuotePayloads.Send request) {
        UUID account = currentUser.accountId();
        // the list and its entries first (404, 422), then vendor-service outside any transaction
        List<Quote> existing = quotes.ofShortlist(account, id);
        Map<UUID, String> providers = new LinkedHashMap<>();
        for (int i = 0; i < request.providerIds().size(); i++) {
            UUID provider = request.providerIds().get(i);
            if (!quotes.isOnList(id, provider)) {
                throw ApiProblems.unprocessable("providerIds[" + i + "]", "is not on this shortlist");
            }
            if (!providers.containsKey(provider)) {
                String name = existing.stream()
                        .filter(q -> q.providerId().equals(provider) && q.status() == QuoteStatus.OPEN)
                        .map(Quote::providerName)
                        .findFirst()
                        .orElseGet(() -> vendor.publishedName(provider));
                if (name == null) {
                    throw ApiProblems.unprocessable("providerIds[" + i + "]", "is no longer a published provider");
                }
                providers.put(provider, name);
            }
        }
        var buyer = new QuoteService.Buyer(
                currentUser.attribute("name").orElse(null),
                currentUser.attribute("email").orElse(null));
        var sent = quotes.send(account, id, providers, request, buyer);
        return sent.anyNew() ? HttpResponse.created(sent.quotes()) : HttpResponse.ok(sent.quotes());
    }

    @Override
    public QuotePayloads.Comparison compare(UUID id) {
        List<Quote> found = quotes.ofShortlist(currentUser.accountId(), id);
        Map<String, QuotePayloads.Profile> profiles = new HashMap<>();
        List<QuotePayloads.Compared> compared = new ArrayList<>();
        for (Quote quote : found) {
            RequirementsResponse snapshot = views.requirements(quote);
            var profile = profiles.computeIfAbsent(
                    quote.providerId() + "/" + snapshot.fleet(),
                    key -> vendor.profile(quote.providerId(), snapshot.fleet()));
            var answer = QuoteViews.answer(quote);
            compared.add(new QuotePayloads.Compared(
                    views.forBuyer(quote, null),
                    profile,
                    answer == null || profile == null ? List.of() : Contradictions.of(answer, profile)));
        }
        return new QuotePayloads.Comparison(id, compared);
    }

    @Override
    public List<QuotePayloads.BuyerQuote> quotes() {
        return quotes.all(currentUser.accountId());
    }

    @Override
    public QuotePayloads.BuyerQuote quote(UUID id) {
        return quotes.one(currentUser.accountId(), id);
    }

    @Override
    public QuotePayloads.BuyerQuote reveal(UUID id) {
        return quotes.reveal(currentUser.accountId(), id);
    }

    @Override
    public QuotePayloads.BuyerQuote post(UUID id, QuotePayloads.NewMessage message) {
        return quotes.post(currentUser.accountId(), id, message.body());
    }
}
