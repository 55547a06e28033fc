package io.vetted.web.compare;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.Htmx;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.SafeRedirect;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Two to four providers side by side, with what each offer would cost for the buyer's fleet. The
 * selection lives in a cookie; {@code /compare?ids=a,b} shows a shared selection instead.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompareController {

    private final VendorClient vendor;
    private final CompareSelection selection;
    private final PageContexts pages;

    CompareController(VendorClient vendor, CompareSelection selection, PageContexts pages) {
        this.vendor = vendor;
        this.selection = selection;
        this.pages = pages;
    }

    @Get("/compare")
    HttpResponse<ModelAndView<ComparePage>> compare(HttpRequest<?> request) {
        var params = request.getParameters();
        List<UUID> ids = params.contains("ids") ? CompareSelection.parse(params.getAll("ids")) : selection.of(request);
        List<VendorClient.Provider> providers =
                ids.stream().map(vendor::provider).filter(Objects::nonNull).toList();
        CompareView.Fleet fleet = params.contains("users") || params.contains("hours")
                ? new CompareView.Fleet(
                        param(params.getFirst("users")),
                        param(params.getFirst("workstations")),
                        param(params.getFirst("servers")),
                        param(params.getFirst("hours")))
                : CompareView.Fleet.DEFAULT;
        var estimate = providers.isEmpty()
                ? null
                : vendor.estimate(new VendorClient.EstimateQuery(
                        providers.stream().map(VendorClient.Provider::id).toList(),
                        count(fleet.users(), 100000),
                        count(fleet.workstations(), 100000),
                        count(fleet.servers(), 10000),
                        count(fleet.hours(), 744)));
        return Htmx.fragmentOrPage(
                request,
                "compare/table",
                "compare/show",
                new ComparePage(
                        pages.of(request),
                        new CompareView(providers, fleet, estimate),
                        params.contains("full") && providers.size() >= CompareSelection.MAX));
    }

    @Post("/compare/add")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, @Body CompareForm form) {
        List<UUID> ids = new ArrayList<>(selection.of(request));
        UUID id = CompareSelection.parse(form.providerId() == null ? List.of() : List.of(form.providerId())).stream()
                .findFirst()
                .orElse(null);
        boolean full = id != null && !ids.contains(id) && ids.size() >= CompareSelection.MAX;
        if (id != null && !ids.contains(id) && !full) {
            ids.add(id);
        }
        if (full && !Htmx.wantsFragment(request)) {
            // no silent no-op: the comparison says it is full and lets the visitor make room
            return HttpResponse.seeOther(URI.create("/compare?full=true"));
        }
        return answer(request, form, ids, id);
    }

    @Post("/compare/remove")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, @Body CompareForm form) {
        List<UUID> ids = new ArrayList<>(selection.of(request));
        ids.removeIf(id -> id.toString().equals(form.providerId()));
        return answer(request, form, ids, null);
    }

    /** htmx gets the button in its new state; a plain form post goes back where it came from. */
    private HttpResponse<?> answer(HttpRequest<?> request, CompareForm form, List<UUID> ids, UUID added) {
        MutableHttpResponse<?> response;
        if (Htmx.wantsFragment(request) && added != null) {
            response = HttpResponse.ok(new ModelAndView<>(
                    "compare/button",
                    Map.of(
                            "ctx",
                            pages.of(request),
                            "id",
                            added,
                            "added",
                            ids.contains(added),
                            "full",
                            !ids.contains(added) && ids.size() >= CompareSelection.MAX)));
        } else {
            response = HttpResponse.seeOther(
                    form.returnTo() == null ? URI.create("/compare") : SafeRedirect.to(form.returnTo()));
        }
        return response.cookie(selection.cookie(ids));
    }

    private static String param(Optional<String> value) {
        return value.map(String::strip).filter(v -> v.length() <= 6).orElse("");
    }

    private static Integer count(String text, int max) {
        try {
            return text.isEmpty() ? null : Math.max(0, Math.min(max, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
