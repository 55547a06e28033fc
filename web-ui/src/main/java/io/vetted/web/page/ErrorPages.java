package io.vetted.web.page;

import gg.jte.TemplateException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.vetted.web.security.CsrfRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exceptions as pages in the visitor's language, never a stack trace or a JSON body. Bare error
 * statuses get theirs from {@link ErrorPageFilter}; there is deliberately no status route here.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageContexts pages;
    private final EagerJteViewsRenderer<Object> renderer;

    ErrorPages(PageContexts pages, EagerJteViewsRenderer<Object> renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    @Error(global = true, exception = PageNotFoundException.class)
    HttpResponse<?> missing(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND);
    }

    @Error(global = true, exception = CsrfRejectedException.class)
    HttpResponse<?> staleForm(HttpRequest<?> request) {
        return page(request, HttpStatus.FORBIDDEN, "error.csrf");
    }

    /**
     * A service answered with an error the page could not handle, or could not be reached. A
     * refusal keeps its status (the visitor may not, the thing is gone, the form was stale or
     * made up); only a failing or unreachable service is a 503.
     */
    @Error(global = true, exception = HttpClientException.class)
    HttpResponse<?> backend(HttpRequest<?> request, HttpClientException error) {
        if (error instanceof HttpClientResponseException response && response.code() >= 400 && response.code() < 500) {
            HttpStatus status = HttpStatus.valueOf(response.code());
            return switch (response.code()) {
                case 401, 403, 404 -> page(request, status);
                default -> page(request, status, "error.rejected");
            };
        }
        LOG.warn("A service call failed while serving {} {}: {}", request.getMethod(), request.getPath(), error.getMessage());
        return page(request, HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * A page that failed to render. The views filter has already run for this response, so the
     * error page is rendered here; it is simple enough not to fail in turn.
     */
    @Error(global = true, exception = TemplateException.class)
    HttpResponse<?> brokenPage(HttpRequest<?> request, TemplateException error) {
        LOG.error("Rendering failed on {} {}", request.getMethod(), request.getPath(), error);
        var model = new ErrorPage(pages.of(request), 500, "error.500");
        return HttpResponse.serverError(renderer.render("error/page", model, request)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status) {
        return page(request, status, "error." + status.getCode());
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String messageKey) {
        return HttpResponse.status(status)
                .body(new ModelAndView<>("error/page", new ErrorPage(pages.of(request), status.getCode(), messageKey)));
    }
}
