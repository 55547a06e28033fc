package io.vetted.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** SMEs ask to talk to a reference's author; authors accept (sharing what they choose) or decline. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class ContactController {

    private static final Set<String> NOTICES = Set.of("sent", "accepted", "declined");

    private final ReviewClient reviews;
    private final PageContexts pages;

    ContactController(ReviewClient reviews, PageContexts pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @Get("/references/{id}/contact")
    @View("contact/ask")
    ContactPages.Ask form(HttpRequest<?> request, @PathVariable UUID id) {
        return new ContactPages.Ask(pages.of(request), contactable(id), ContactForm.EMPTY, Map.of());
    }

    @Post("/references/{id}/contact")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> ask(HttpRequest<?> request, @PathVariable UUID id, @Body ContactForm form) {
        try {
            reviews.askContact(id, Map.of("company", form.text(form.company()), "message", form.text(form.message())));
            return HttpResponse.seeOther(URI.create("/my/contact-requests?done=sent"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .on(409, FormErrors.FORM, "contact.alreadyAsked")
                    .map();
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "contact/ask", new ContactPages.Ask(pages.of(request), contactable(id), form, errors)));
        }
    }

    @Get("/my/contact-requests{?done}")
    @View("contact/overview")
    ContactPages.Overview overview(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return new ContactPages.Overview(
                pages.of(request),
                reviews.contactRequestsReceived(),
                reviews.contactRequestsSent(),
                done != null && NOTICES.contains(done) ? "contact.done." + done : null);
    }

    @Post("/contact-requests/{id}/accept")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable UUID id, @Body ContactForm form) {
        try {
            reviews.acceptContact(id, Map.of("contactDetails", form.text(form.contactDetails())));
            return HttpResponse.seeOther(URI.create("/my/contact-requests?done=accepted"));
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            return HttpResponse.seeOther(URI.create("/my/contact-requests"));
        }
    }

    @Post("/contact-requests/{id}/decline")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(@PathVariable UUID id, @Body ContactForm form) {
        reviews.declineContact(id);
        return HttpResponse.seeOther(URI.create("/my/contact-requests?done=declined"));
    }

    private ReviewClient.Reference contactable(UUID id) {
        ReviewClient.Reference reference = reviews.reference(id);
        if (reference == null || !reference.published() || !reference.contactAllowed()) {
            throw new PageNotFoundException();
        }
        return reference;
    }
}
