package io.vetted.web.provider;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The provider's offers: added, repriced (the old price stays in the history) and withdrawn. A rise
 * with less notice than promised comes back once with a warning and a box to tick: vendor-service
 * would save it at once and flag it to buyers for a year, so the owner says they mean it.
 */
@Controller("/my/provider/offers")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class OffersController {

    private static final String DONE = "/my/provider/offers?saved=true";

    private final VendorClient vendor;
    private final SectionEditor editor;
    private final PageContexts pages;

    OffersController(VendorClient vendor, SectionEditor editor, PageContexts pages) {
        this.vendor = vendor;
        this.editor = editor;
        this.pages = pages;
    }

    @Get("{?saved}")
    @View("provider/edit/offers")
    EditModel offers(HttpRequest<?> request, @Nullable @QueryValue Boolean saved) {
        return editor.page(request, Boolean.TRUE.equals(saved) ? "saved" : "offers", null);
    }

    @Get("/new")
    @View("provider/edit/offer")
    EditModel newOffer(HttpRequest<?> request) {
        return editor.page(request, "offer", new OfferEdit(OfferForm.EMPTY, null));
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, @Body OfferForm form) {
        return editor.submit(
                request,
                "offer",
                DONE,
                new OfferEdit(form, null),
                mine -> vendor.addOffer(mine.id(), form.newOffer()),
                field -> field,
                fresh -> new OfferEdit(form, null));
    }

    @Get("/{offerId}")
    @View("provider/edit/offer")
    EditModel offer(HttpRequest<?> request, @PathVariable UUID offerId) {
        VendorModels.Offer offer = find(editor.mine(), offerId);
        return editor.page(request, "offer", new OfferEdit(OfferForm.of(offer), offer));
    }

    @Post("/{offerId}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable UUID offerId, @Body OfferForm form) {
        VendorModels.Offer offer = find(editor.mine(), offerId);
        OfferForm typed = new OfferForm(
                form.csrfToken(),
                form.version(),
                form.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                form.priceEur(),
                form.priceEffectiveFrom(),
                form.included(),
                form.minimumCommitmentMonths(),
                form.priceChangeNoticeDays(),
                form.confirmShortNotice());
        Optional<ShortNoticeRise> rise = ShortNoticeRise.of(offer, typed, LocalDate.now(PriceChanges.PARIS));
        if (rise.isPresent() && !typed.shortNoticeConfirmed()) {
            return editor.refuse(
                    request,
                    "offer",
                    new OfferEdit(typed, offer, true),
                    Map.of("priceEffectiveFrom", warning(request, rise.get())));
        }
        return editor.submit(
                request,
                "offer",
                DONE,
                new OfferEdit(typed, offer),
                mine -> vendor.updateOffer(mine.id(), offerId, typed.change()),
                field -> field,
                fresh -> {
                    VendorModels.Offer now = find(fresh, offerId);
                    return new OfferEdit(typed.withVersion(now.version()), now);
                });
    }

    @Post("/{offerId}/withdraw")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(HttpRequest<?> request, @PathVariable UUID offerId, @Body SmallForms.WithdrawForm form) {
        return editor.submit(
                request,
                "offers",
                DONE,
                null,
                mine -> vendor.withdrawOffer(mine.id(), offerId, form.version()),
                field -> "withdraw." + field,
                fresh -> null);
    }

    private String warning(HttpRequest<?> request, ShortNoticeRise rise) {
        PageContext ctx = pages.of(request);
        return ctx.t("edit.shortNotice", rise.daysAhead(), rise.promisedDays(), Formats.date(ctx, rise.earliestKept()));
    }

    private static VendorModels.Offer find(VendorClient.Provider provider, UUID offerId) {
        return provider.offers().stream()
                .filter(o -> o.id().equals(offerId))
                .findFirst()
                .orElseThrow(PageNotFoundException::new);
    }
}
