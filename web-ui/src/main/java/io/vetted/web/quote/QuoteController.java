package io.vetted.web.quote;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The buyer's quote requests: asking a shortlist's providers, the answers side by side, each request's thread. */
@Controller("/my")
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class QuoteController {

    private final QuoteClient buyer;
    private final VendorClient vendor;
    private final PageContexts pages;

    QuoteController(QuoteClient buyer, VendorClient vendor, PageContexts pages) {
        this.buyer = buyer;
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get("/shortlists/{id}/quotes/new")
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable UUID id) {
        return HttpResponse.ok(newPage(request, id, List.of(), "", "", Map.of()));
    }

    @Post("/shortlists/{id}/quotes")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, @PathVariable UUID id, @Body QuotePages.SendForm form) {
        List<String> ticked = Objects.requireNonNullElse(form.providerId(), List.of());
        String message = Objects.requireNonNullElse(form.quoteMessage(), "");
        String company = Objects.requireNonNullElse(form.quoteCompany(), "");
        try {
            List<UUID> providers = ticked.stream().map(UUID::fromString).toList();
            buyer.send(id, new QuoteClient.Send(providers, message, company.isBlank() ? null : company));
            return HttpResponse.seeOther(URI.create("/my/shortlists/" + id + "/quotes?ok=quoteSent"));
        } catch (IllegalArgumentException e) {
            return refused(
                    request,
                    id,
                    ticked,
                    message,
                    company,
                    Map.of("providerIds", pages.messages(request).get("field.providerIds")));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .propagate(403, 404)
                    .on(429, FormErrors.FORM, "quote.send.limit")
                    .fields(QuoteController::formField)
                    .map();
            return refused(request, id, ticked, message, company, errors);
        }
    }

    @Get("/shortlists/{id}/quotes")
    HttpResponse<?> compare(HttpRequest<?> request, @PathVariable UUID id) {
        QuoteClient.Comparison comparison = buyer.compare(id);
        if (comparison == null) {
            throw new PageNotFoundException();
        }
        return HttpResponse.ok(
                new ModelAndView<>("quote/compare", new QuotePages.ComparePage(pages.of(request), comparison)));
    }

    @Get("/quotes")
    HttpResponse<?> list(HttpRequest<?> request) {
        return HttpResponse.ok(
                new ModelAndView<>("quote/list", new QuotePages.ListPage(pages.of(request), buyer.quotes())));
    }

    @Get("/quotes/{id}")
    HttpResponse<?> quote(HttpRequest<?> request, @PathVariable UUID id) {
        return HttpResponse.ok(quotePage(request, require(id), "", Map.of()));
    }

    @Post("/quotes/{id}/reveal")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reveal(@PathVariable UUID id, @Body QuotePages.ButtonForm form) {
        buyer.reveal(id, Map.of());
        return HttpResponse.seeOther(URI.create("/my/quotes/" + id + "?ok=quoteRevealed"));
    }

    @Post("/quotes/{id}/messages")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(HttpRequest<?> request, @PathVariable UUID id, @Body QuotePages.MessageForm form) {
        String body = Objects.requireNonNullElse(form.threadBody(), "");
        try {
            buyer.post(id, new QuoteClient.NewMessage(body));
            return HttpResponse.seeOther(URI.create("/my/quotes/" + id + "?ok=quoteMessage#thread"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = Threads.errors(e, pages.messages(request));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(quotePage(request, require(id), body, errors));
        }
    }

    private QuoteClient.BuyerQuote require(UUID id) {
        QuoteClient.BuyerQuote quote = buyer.quote(id);
        if (quote == null) {
            throw new PageNotFoundException();
        }
        return quote;
    }

    private ModelAndView<QuotePages.BuyerQuotePage> quotePage(
            HttpRequest<?> request, QuoteClient.BuyerQuote quote, String body, Map<String, String> errors) {
        return new ModelAndView<>("quote/quote", new QuotePages.BuyerQuotePage(pages.of(request), quote, body, errors));
    }

    private HttpResponse<?> refused(
            HttpRequest<?> request,
            UUID id,
            List<String> ticked,
            String message,
            String company,
            Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(newPage(request, id, ticked, message, company, errors));
    }

    private ModelAndView<QuotePages.NewPage> newPage(
            HttpRequest<?> request,
            UUID id,
            List<String> ticked,
            String message,
            String company,
            Map<String, String> errors) {
        QuoteClient.Shortlist list = buyer.shortlist(id);
        if (list == null) {
            throw new PageNotFoundException();
        }
        List<QuotePages.Choice> choices = list.entries().stream()
                .map(e -> new QuotePages.Choice(
                        e.providerId(),
                        name(e.providerId()),
                        ticked.contains(e.providerId().toString())))
                .toList();
        return new ModelAndView<>(
                "quote/new",
                new QuotePages.NewPage(pages.of(request), id, list.name(), choices, message, company, errors));
    }

    private String name(UUID providerId) {
        try {
            VendorClient.Provider provider = vendor.provider(providerId);
            return provider == null ? providerId.toString() : provider.name();
        } catch (HttpClientResponseException e) {
            return providerId.toString();
        }
    }

    /** The service's field names, as this form names its fields (its texts differ from other forms'). */
    private static String formField(String apiField) {
        return switch (apiField) {
            case "message" -> "quoteMessage";
            case "company" -> "quoteCompany";
            default -> apiField.startsWith("providerIds") ? "providerIds" : apiField;
        };
    }
}
