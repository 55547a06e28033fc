package io.vetted.web.invitation;

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
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Providers invite their clients to write a reference; clients open the link to write it. */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final ReviewClient reviews;
    private final VendorClient vendor;
    private final PageContexts pages;

    InvitationController(ReviewClient reviews, VendorClient vendor, PageContexts pages) {
        this.reviews = reviews;
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get("/my/clients")
    @Secured("PROVIDER")
    HttpResponse<?> clients(HttpRequest<?> request) {
        VendorClient.Provider mine = vendor.mine();
        if (mine == null) {
            return HttpResponse.seeOther(URI.create("/my/provider/new"));
        }
        return HttpResponse.ok(new ModelAndView<>("invitation/clients", page(request, mine, "", Map.of())));
    }

    @Post("/my/clients/invitations")
    @Secured("PROVIDER")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(HttpRequest<?> request, @Body InvitationForm form) {
        VendorClient.Provider mine = vendor.mine();
        if (mine == null) {
            return HttpResponse.seeOther(URI.create("/my/provider/new"));
        }
        String email = form.email() == null ? "" : form.email().strip();
        try {
            ReviewClient.Invitation created = reviews.invite(mine.id(), Map.of("email", email));
            if (created == null) { // 404: review-service knows only published profiles
                Map<String, String> errors =
                        Map.of("email", pages.messages(request).get("clients.draft"));
                return HttpResponse.unprocessableEntity()
                        .body(new ModelAndView<>("invitation/clients", page(request, mine, email, errors)));
            }
            // review-service mails the link to the client: the token never passes through this page or its URL
            return HttpResponse.seeOther(URI.create("/my/clients?" + PageContexts.DONE + "=invitationMailed"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors =
                    FormErrors.of(e, pages.messages(request)).propagate(403).map();
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>("invitation/clients", page(request, mine, email, errors)));
        }
    }

    @Get("/invitations/{invitation}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("invitation/landing")
    InvitationPages.Landing landing(HttpRequest<?> request, @PathVariable String invitation) {
        return new InvitationPages.Landing(pages.of(request), invitation, reviews.invitation(invitation));
    }

    /** A draft's invitations: none, as review-service answers 404 (read as null) until it is published. */
    private List<ReviewClient.Invitation> invitations(VendorClient.Provider mine) {
        List<ReviewClient.Invitation> sent = reviews.invitations(mine.id());
        return sent == null ? List.of() : sent;
    }

    private InvitationPages.Clients page(
            HttpRequest<?> request, VendorClient.Provider mine, String email, Map<String, String> errors) {
        return new InvitationPages.Clients(
                pages.of(request), mine.id().toString(), mine.name(), invitations(mine), email, errors);
    }
}
