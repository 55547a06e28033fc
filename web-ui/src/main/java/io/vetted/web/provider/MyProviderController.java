package io.vetted.web.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.BackendToken;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FieldErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;

import java.net.URI;
import java.util.Map;

/** A provider account's own profile: created here, then shown on its public page. */
@Controller("/my/provider")
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyProviderController {

    private final VendorClient vendor;
    private final BackendToken token;
    private final PageContexts pages;

    MyProviderController(VendorClient vendor, BackendToken token, PageContexts pages) {
        this.vendor = vendor;
        this.token = token;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> mine(HttpRequest<?> request) {
        VendorClient.Provider mine = vendor.mine(token.bearer(request));
        return HttpResponse.seeOther(URI.create(mine == null ? "/my/provider/new" : "/providers/" + mine.id()));
    }

    @Get("/new")
    @View("provider/new")
    NewProviderPage form(HttpRequest<?> request) {
        return new NewProviderPage(pages.of(request), ProviderForm.EMPTY, Map.of());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body ProviderForm form) {
        try {
            VendorClient.Provider created = vendor.create(token.bearer(request), form.toRequest());
            return HttpResponse.seeOther(URI.create("/providers/" + created.id()));
        } catch (HttpClientResponseException e) {
            BackendProblem problem = BackendProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            Map<String, String> errors = problem.status() == HttpStatus.CONFLICT.getCode()
                    ? Map.of("form", pages.messages(request).get("newProvider.exists"))
                    : FieldErrors.of(problem, pages.messages(request));
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>("provider/new", new NewProviderPage(pages.of(request), form, errors)));
        }
    }
}
