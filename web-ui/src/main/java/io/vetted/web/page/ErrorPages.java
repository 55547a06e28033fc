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
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vetted.support.logging.LoggedPaths;
import io.vetted.web.security.CsrfRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each exception means for the visitor, as a status; {@link ErrorPageFilter} turns the
 * status into the page in the visitor's language (never a stack trace or a JSON body). Only a
 * stale form has a message of its own. There is deliberately no status route here.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageContexts pages;

    ErrorPages(PageContexts pages) {
        this.pages = pages;
    }

    @Error(global = true, exception = PageNotFoundException.class)
    HttpResponse<?> missing() {
        return HttpResponse.notFound();
    }

    @Error(global = true, exception = CsrfRejectedException.class)
    HttpResponse<?> staleForm(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .body(new ModelAndView<>("error/page", new ErrorPage(pages.of(request), 403, "error.csrf")));
    }

    /**
     * A form body that is not valid {@code application/x-www-form-urlencoded} (a broken percent
     * escape such as {@code a=%ZZ}) fails in Netty's decoder before any route runs: the visitor's
     * mistake, not the site's.
     */
    @Error(global = true, exception = HttpPostRequestDecoder.ErrorDataDecoderException.class)
    HttpResponse<?> malformedForm(HttpRequest<?> request) {
        LOG.info("Refused a malformed form body on {} {}", request.getMethod(), LoggedPaths.of(request.getPath()));
        return HttpResponse.badRequest();
    }

    /**
     * A service answered with an error the page could not handle, or could not be reached. A
     * refusal keeps its status (the visitor may not, the thing is gone, the form was stale or
     * made up); only a failing or unreachable service is a 503.
     */
    @Error(global = true, exception = HttpClientException.class)
    HttpResponse<?> backend(HttpRequest<?> request, HttpClientException error) {
        if (error instanceof HttpClientResponseException response && response.code() >= 400 && response.code() < 500) {
            return HttpResponse.status(HttpStatus.valueOf(response.code()));
        }
        LOG.warn(
                "A service call failed while serving {} {}: {}",
                request.getMethod(),
                request.getPath(),
                error.getMessage());
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A page that failed to render; the error page is simple enough not to fail in turn. */
    @Error(global = true, exception = TemplateException.class)
    HttpResponse<?> brokenPage(HttpRequest<?> request, TemplateException error) {
        LOG.error("Rendering failed on {} {}", request.getMethod(), LoggedPaths.of(request.getPath()), error);
        return HttpResponse.serverError();
    }
}
