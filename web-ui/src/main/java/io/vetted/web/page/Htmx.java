package io.vetted.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

/**
 * Where a route answers htmx with a fragment and everyone else with the page: a plain visit
 * (reload, shared link, no script) and htmx restoring history it no longer has in its cache
 * ({@code HX-History-Restore-Request}) get the whole page. {@code Vary: HX-Request} keeps a cache
 * from serving one for the other.
 */
public final class Htmx {

    static final String REQUEST = "HX-Request";
    static final String HISTORY_RESTORE = "HX-History-Restore-Request";

    private Htmx() {}

    /** Whether htmx asked, to swap the answer into the page it already shows. */
    public static boolean wantsFragment(HttpRequest<?> request) {
        return request.getHeaders().contains(REQUEST) && !request.getHeaders().contains(HISTORY_RESTORE);
    }

    /** The {@code fragment} template for htmx, else the {@code page} template, with the same model. */
    public static <T> MutableHttpResponse<ModelAndView<T>> fragmentOrPage(
            HttpRequest<?> request, String fragment, String page, T model) {
        return HttpResponse.ok(new ModelAndView<>(wantsFragment(request) ? fragment : page, model))
                .header(HttpHeaders.VARY, REQUEST);
    }
}
