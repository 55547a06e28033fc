package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
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
import io.micronaut.views.View;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.SafeRedirect;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Moderators check the evidence of claims and mark them verified, or take a verification back. */
@Controller("/moderation/claims")
@Produces(MediaType.TEXT_HTML)
@Secured("MODERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class ClaimReviewController {

    private final VendorClient vendor;
    private final PageContexts pages;

    ClaimReviewController(VendorClient vendor, PageContexts pages) {
        this.vendor = vendor;
        this.pages = pages;
    }

    @Introspected
    public record PendingPage(PageContext ctx, List<VendorModels.PendingClaim> pending, boolean reviewed) {}

    @Get("{?reviewed}")
    @View("provider/claims")
    PendingPage pending(HttpRequest<?> request, @Nullable @QueryValue Boolean reviewed) {
        return new PendingPage(pages.of(request), vendor.pendingClaims(100), Boolean.TRUE.equals(reviewed));
    }

    @Post("/{providerId}/{topic}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> review(
            @PathVariable UUID providerId, @PathVariable String topic, @Body SmallForms.ReviewForm form) {
        String back = SafeRedirect.to(form.returnTo() == null ? "/moderation/claims" : form.returnTo())
                .toString();
        try {
            vendor.reviewClaim(
                    providerId, topic, Map.of("version", form.version(), "status", String.valueOf(form.status())));
        } catch (HttpClientResponseException e) {
            if (e.code() != 409) {
                throw e;
            }
            // the owner changed the claim while the moderator looked: show it again as it now stands
            return HttpResponse.seeOther(URI.create(back));
        }
        return HttpResponse.seeOther(URI.create(back + (back.contains("?") ? "&" : "?") + "reviewed=true"));
    }
}
