package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.FieldErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.SafeRedirect;
import io.vetted.web.security.CsrfProtected;
import io.vetted.web.security.SessionCookie;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Sign-up, sign-in and sign-out; the token identity-service issues becomes the session cookie. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

    private final IdentityClient identity;
    private final SessionCookie session;
    private final PageContexts pages;

    AccountController(IdentityClient identity, SessionCookie session, PageContexts pages) {
        this.identity = identity;
        this.session = session;
        this.pages = pages;
    }

    @Get("/login{?returnTo}")
    @View("account/login")
    LoginPage loginForm(HttpRequest<?> request, @Nullable @QueryValue String returnTo) {
        return new LoginPage(pages.of(request), "", SafeRedirect.to(returnTo).toString(), false);
    }

    @Post("/login")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        String email = form.email() == null ? "" : form.email().strip();
        try {
            IdentityClient.Token token = identity.login(new IdentityClient.Credentials(email,
                    form.password() == null ? "" : form.password()));
            return signedIn(token, SafeRedirect.to(form.returnTo()));
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            var page = new LoginPage(pages.of(request), email, SafeRedirect.to(form.returnTo()).toString(), true);
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("account/login", page));
        }
    }

    @Get("/register")
    @View("account/register")
    RegisterPage registerForm(HttpRequest<?> request) {
        return new RegisterPage(pages.of(request), RegisterForm.EMPTY, Map.of());
    }

    @Post("/register")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(HttpRequest<?> request, @Body RegisterForm form) {
        try {
            identity.register(new IdentityClient.Registration(form.text(form.email()).strip(),
                    form.text(form.password()), form.role(), form.text(form.displayName())));
            IdentityClient.Token token = identity.login(new IdentityClient.Credentials(form.text(form.email()).strip(),
                    form.text(form.password())));
            return signedIn(token, URI.create("PROVIDER".equals(token.role()) ? "/my/provider/new" : "/"));
        } catch (HttpClientResponseException e) {
            BackendProblem problem = BackendProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            Map<String, String> errors = FieldErrors.of(problem, pages.messages(request));
            var page = new RegisterPage(pages.of(request), form.withoutPassword(),
                    errors.isEmpty() ? Map.of("form", problem.detail()) : errors);
            return HttpResponse.unprocessableEntity().body(new ModelAndView<>("account/register", page));
        }
    }

    @Post("/logout")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(@Body LogoutForm form) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/"));
        session.clear(response);
        return response;
    }

    private MutableHttpResponse<?> signedIn(IdentityClient.Token token, URI target) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(target);
        session.set(response, token.accessToken(), Duration.ofSeconds(token.expiresIn()));
        return response;
    }
}
