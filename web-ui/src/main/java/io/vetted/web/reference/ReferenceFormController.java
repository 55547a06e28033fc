package io.vetted.web.reference;

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
import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.Messages;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.page.Viewer;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** An SME writes a reference (directly or through an invitation), edits it, or withdraws it. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceFormController {

    private final ReviewClient reviews;
    private final VendorClient vendor;
    private final PageContexts pages;
    private final Catalogs catalogs;
    private final ReferenceConfiguration configuration;

    ReferenceFormController(
            ReviewClient reviews,
            VendorClient vendor,
            PageContexts pages,
            Catalogs catalogs,
            ReferenceConfiguration configuration) {
        this.reviews = reviews;
        this.vendor = vendor;
        this.pages = pages;
        this.catalogs = catalogs;
        this.configuration = configuration;
    }

    @Get("/providers/{id}/references/new{?invitation}")
    @View("reference/form")
    ReferenceFormPage write(HttpRequest<?> request, @PathVariable UUID id, @Nullable @QueryValue String invitation) {
        String invitedAs = null;
        if (invitation != null && !invitation.isBlank()) {
            ReviewClient.InvitationPreview preview = reviews.invitation(invitation);
            invitedAs = preview != null && preview.providerId().equals(id) ? preview.emailHint() : null;
        }
        // the signed-in client's name (their company, as they signed up) starts the company field;
        // a refused form is shown back as typed, never prefilled again
        Viewer viewer = pages.of(request).viewer();
        var form = ReferenceForm.blank(invitedAs == null ? null : invitation, viewer == null ? "" : viewer.name());
        return page(request, id, form, Map.of(), invitedAs);
    }

    @Post("/providers/{id}/references")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @PathVariable UUID id, @Body ReferenceForm form) {
        try {
            reviews.create(form.idempotencyKey(), id, form.toBody());
            return HttpResponse.seeOther(URI.create("/providers/" + id + "?posted=true#references"));
        } catch (HttpClientResponseException e) {
            var errors = refusal(e, pages.messages(request));
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "reference/form",
                            page(request, id, form.retry(), errors, form.invitationToken() == null ? null : "")));
        }
    }

    @Get("/references/{id}/edit")
    @View("reference/form")
    ReferenceFormPage editForm(HttpRequest<?> request, @PathVariable UUID id) {
        ReviewClient.Reference reference = own(id);
        var page = page(request, reference.providerId(), ReferenceForm.of(reference), Map.of(), null);
        return new ReferenceFormPage(
                page.ctx(),
                page.providerId(),
                page.providerName(),
                "/references/" + id + "/edit",
                true,
                page.form(),
                page.errors(),
                null,
                page.services(),
                page.dailyLimit());
    }

    @Post("/references/{id}/edit")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(HttpRequest<?> request, @PathVariable UUID id, @Body ReferenceForm form) {
        try {
            reviews.edit(id, form.toBody());
            return HttpResponse.seeOther(URI.create("/my/references?done=edited"));
        } catch (HttpClientResponseException e) {
            var errors = refusal(e, pages.messages(request));
            ReviewClient.Reference reference = own(id);
            var page = page(request, reference.providerId(), form, errors, null);
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "reference/form",
                            new ReferenceFormPage(
                                    page.ctx(),
                                    page.providerId(),
                                    page.providerName(),
                                    "/references/" + id + "/edit",
                                    true,
                                    form,
                                    errors,
                                    null,
                                    page.services(),
                                    page.dailyLimit())));
        }
    }

    @Post("/references/{id}/withdraw")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(@PathVariable UUID id, @Body ActionForm form) {
        reviews.withdraw(id);
        return HttpResponse.seeOther(URI.create("/my/references?done=withdrawn"));
    }

    /** review-service's refusal next to the fields (an unknown provider or reference is RefusedWrites' 404 page). */
    private static Map<String, String> refusal(HttpClientResponseException e, Messages messages) {
        return FormErrors.of(e, messages)
                .propagate(401, 403)
                .on(409, FormErrors.FORM, "reference.overlap")
                .on(429, FormErrors.FORM, "reference.dailyLimit")
                .map();
    }

    private ReviewClient.Reference own(UUID id) {
        return reviews.mine().stream()
                .filter(r -> r.id().equals(id) && r.published())
                .findFirst()
                .orElseThrow(PageNotFoundException::new);
    }

    private ReferenceFormPage page(
            HttpRequest<?> request,
            UUID providerId,
            ReferenceForm form,
            Map<String, String> errors,
            @Nullable String invitedAs) {
        VendorClient.Provider provider = vendor.provider(providerId);
        if (provider == null) {
            throw new PageNotFoundException();
        }
        return new ReferenceFormPage(
                pages.of(request),
                providerId,
                provider.name(),
                "/providers/" + providerId + "/references",
                false,
                form,
                errors,
                invitedAs,
                catalogs.get().specialties(),
                configuration.dailyLimit());
    }
}
