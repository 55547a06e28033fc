package io.vetted.web.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Company identity work for moderators: company checks to verify or reject, SIREN contests to
 * decide, identity changes of published profiles to accept or take off line, each with a reason.
 */
@Controller("/moderation/identity")
@Produces(MediaType.TEXT_HTML)
@Secured("MODERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class IdentityQueueController {

    private static final int SIZE = 20;

    private final IdentityQueueClient vendor;
    private final PageContexts pages;

    IdentityQueueController(IdentityQueueClient vendor, PageContexts pages) {
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get("{?kind,page,decided}")
    @View("moderation/identity")
    IdentityQueuePage queue(
            HttpRequest<?> request,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Boolean decided) {
        // List.of(...).contains(null) throws: no filter is the common case
        String known = kind != null && IdentityQueuePage.KINDS.contains(kind) ? kind : null;
        int at = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
        return new IdentityQueuePage(
                pages.of(request), vendor.queue(known, at, SIZE), known, Boolean.TRUE.equals(decided), null, Map.of());
    }

    /**
     * The evidence of an entry, passed on as vendor-service serves it: an attachment of the type it
     * read from the content, never cached, never sniffed (SecurityHeadersFilter).
     */
    @Get("/documents/{id}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    HttpResponse<byte[]> document(@PathVariable UUID id) {
        HttpResponse<byte[]> stored = vendor.document(id);
        MutableHttpResponse<byte[]> response = HttpResponse.ok(stored.body())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        stored.header(HttpHeaders.CONTENT_DISPOSITION) == null
                                ? "attachment"
                                : stored.header(HttpHeaders.CONTENT_DISPOSITION));
        stored.getContentType().ifPresent(response::contentType);
        return response;
    }

    @Post("/checks/{id}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(HttpRequest<?> request, @PathVariable UUID id, @Body IdentityDecisionForm form) {
        return decide(request, id, form, "outcome", body -> vendor.decideCheck(id, body));
    }

    @Post("/contests/{id}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> contest(HttpRequest<?> request, @PathVariable UUID id, @Body IdentityDecisionForm form) {
        return decide(request, id, form, "winner", body -> vendor.decideContest(id, body));
    }

    @Post("/changes/{id}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable UUID id, @Body IdentityDecisionForm form) {
        return decide(request, id, form, "outcome", body -> vendor.decideChange(id, body));
    }

    /** Sends the decision and back to the queue (303); a refusal shows the queue again, its messages on that entry. */
    private HttpResponse<?> decide(
            HttpRequest<?> request,
            UUID id,
            IdentityDecisionForm form,
            String choiceField,
            Consumer<Map<String, Object>> send) {
        try {
            send.accept(Map.of(choiceField, form.choiceOrEmpty(), "reason", form.reasonOrEmpty()));
            return HttpResponse.seeOther(URI.create("/moderation/identity?decided=true"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .propagate(401, 403)
                    .on(409, FormErrors.FORM, "identity.closed")
                    .fields(field -> field.equals("reason") ? "identityReason" : "identityChoice")
                    .otherwise("field.generic")
                    .map();
            return refused(request, id, errors);
        } catch (PageNotFoundException gone) {
            // the case is no longer waiting (another moderator decided it): RefusedWrites made the 404 this
            return refused(
                    request, id, Map.of(FormErrors.FORM, pages.messages(request).get("identity.closed")));
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, UUID id, Map<String, String> errors) {
        IdentityQueuePage page =
                new IdentityQueuePage(pages.of(request), vendor.queue(null, 0, SIZE), null, false, id, errors);
        return HttpResponse.unprocessableEntity().body(new ModelAndView<>("moderation/identity", page));
    }
}
