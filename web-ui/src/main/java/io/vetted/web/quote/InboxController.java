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
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider's inbox of quote requests, under {@code /my/}: the MFA gate lets a provider without a
 * second factor read it and sends them to set one up before answering or writing.
 */
@Controller("/my/quote-inbox")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class InboxController {

    private final QuoteClient buyer;
    private final PageContexts pages;

    InboxController(QuoteClient buyer, PageContexts pages) {
        this.buyer = buyer;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> inbox(HttpRequest<?> request) {
        return HttpResponse.ok(
                new ModelAndView<>("quote/inbox", new QuotePages.InboxPage(pages.of(request), buyer.inbox())));
    }

    @Get("/{id}")
    HttpResponse<?> request(HttpRequest<?> request, @PathVariable UUID id) {
        return HttpResponse.ok(page(request, require(id), QuotePages.AnswerForm.empty(), "", Map.of()));
    }

    @Post("/{id}/answer")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, @PathVariable UUID id, @Body QuotePages.AnswerForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        var messages = pages.messages(request);
        BigDecimal amount = Numbers.decimal(form.monthlyAmountEur(), "monthlyAmountEur", errors, messages);
        Integer critical = Numbers.integer(form.criticalResponseMinutes(), "criticalResponseMinutes", errors, messages);
        Integer notice = Numbers.integer(form.priceChangeNoticeDays(), "priceChangeNoticeDays", errors, messages);
        if (errors.isEmpty()) {
            try {
                buyer.answer(
                        id,
                        new QuoteClient.Answer(
                                form.pricingModel(),
                                amount,
                                form.includedServices(),
                                critical,
                                form.afterHours(),
                                notice,
                                form.terms() == null || form.terms().isBlank() ? null : form.terms()));
                return HttpResponse.seeOther(URI.create("/my/quote-inbox/" + id + "?ok=quoteAnswered"));
            } catch (HttpClientResponseException e) {
                errors = FormErrors.of(e, messages)
                        .propagate(403, 404)
                        .on(409, FormErrors.FORM, "quote.answer.already")
                        .map();
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, require(id), form, "", errors));
    }

    @Post("/{id}/messages")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(HttpRequest<?> request, @PathVariable UUID id, @Body QuotePages.MessageForm form) {
        String body = Objects.requireNonNullElse(form.threadBody(), "");
        try {
            buyer.reply(id, new QuoteClient.NewMessage(body));
            return HttpResponse.seeOther(URI.create("/my/quote-inbox/" + id + "?ok=quoteMessage#thread"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = Threads.errors(e, pages.messages(request));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(request, require(id), QuotePages.AnswerForm.empty(), body, errors));
        }
    }

    private QuoteClient.InboxQuote require(UUID id) {
        QuoteClient.InboxQuote quote = buyer.request(id);
        if (quote == null) {
            throw new PageNotFoundException();
        }
        return quote;
    }

    private ModelAndView<QuotePages.InboxQuotePage> page(
            HttpRequest<?> request,
            QuoteClient.InboxQuote quote,
            QuotePages.AnswerForm form,
            String body,
            Map<String, String> errors) {
        return new ModelAndView<>(
                "quote/request", new QuotePages.InboxQuotePage(pages.of(request), quote, form, body, errors));
    }
}
