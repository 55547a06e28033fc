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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.SafeRedirect;
import io.vetted.web.security.CsrfProtected;
import io.vetted.web.security.SessionCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Sign-up, sign-in (with the TOTP step when the account has it) and sign-out. */
@Controller
@Produces(MediaType.TEXT_HTML)
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

    @Get("/login{?returnTo,notice}")
    @View("account/login")
    LoginPage loginForm(
            HttpRequest<?> request, @Nullable @QueryValue String returnTo, @Nullable @QueryValue String notice) {
        String target = SafeRedirect.to(returnTo).toString();
        String known = notice != null && notice.matches("reset|verified|deleted")
                ? "login.notice." + notice
                : "/".equals(target) ? null : "login.notice.continue";
        return new LoginPage(pages.of(request), "", target, null, known);
    }

    @Post("/login")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        String email = AccountForms.text(form.email()).strip();
        String returnTo = SafeRedirect.to(form.returnTo()).toString();
        try {
            IdentityClient.Token token =
                    identity.login(new IdentityClient.Credentials(email, AccountForms.text(form.password())));
            if (token.mfaRequired()) {
                return HttpResponse.ok(new ModelAndView<>(
                        "account/mfa-login",
                        new AccountPages.MfaLoginPage(pages.of(request), token.mfaToken(), returnTo, false)));
            }
            return signedIn(token, URI.create(returnTo));
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            String error = switch (e.code()) {
                case 403 -> "login.refused";
                case 429 -> "login.throttled";
                default -> "login.failed";
            };
            var page = new LoginPage(pages.of(request), email, returnTo, error, null);
            return HttpResponse.status(HttpStatus.valueOf(e.code())).body(new ModelAndView<>("account/login", page));
        }
    }

    @Post("/login/mfa")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> completeMfa(HttpRequest<?> request, @Body AccountForms.MfaLoginForm form) {
        String returnTo = SafeRedirect.to(form.returnTo()).toString();
        try {
            IdentityClient.Token token = identity.completeMfa(new IdentityClient.MfaLogin(
                    AccountForms.text(form.mfaToken()),
                    AccountForms.text(form.code()).replace(" ", "")));
            return signedIn(token, URI.create(returnTo));
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            if (e.code() == 429) {
                var page = new LoginPage(pages.of(request), "", returnTo, "login.throttled", null);
                return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                        .body(new ModelAndView<>("account/login", page));
            }
            var page = new AccountPages.MfaLoginPage(
                    pages.of(request), AccountForms.text(form.mfaToken()), returnTo, true);
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("account/mfa-login", page));
        }
    }

    @Get("/register{?returnTo}")
    @View("account/register")
    RegisterPage registerForm(HttpRequest<?> request, @Nullable @QueryValue String returnTo) {
        return new RegisterPage(pages.of(request), RegisterForm.returningTo(returnTo), Map.of());
    }

    @Post("/register")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(HttpRequest<?> request, @Body RegisterForm form) {
        var ctx = pages.of(request);
        try {
            identity.register(new IdentityClient.Registration(
                    form.text(form.email()).strip(),
                    form.text(form.password()),
                    form.role(),
                    form.text(form.displayName()),
                    ctx.language()));
            // the mailed link opens a page that knows nothing of where the visitor was going
            String returnTo = PendingReturn.local(form.returnTo());
            MutableHttpResponse<?> response = HttpResponse.ok(new ModelAndView<>(
                    "account/message",
                    new AccountPages.MessagePage(
                            ctx,
                            "register.checkEmail.title",
                            "register.checkEmail.text",
                            returnTo == null
                                    ? "/login"
                                    : "/login?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8),
                            "nav.login")));
            PendingReturn.remember(response, returnTo);
            return response;
        } catch (HttpClientResponseException e) {
            var page = new RegisterPage(ctx, form.withoutPassword(), AccountErrors.of(e, pages.messages(request)));
            return HttpResponse.status(e.code() == 429 ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("account/register", page));
        }
    }

    @Post("/logout")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logout(HttpRequest<?> request, @Body LogoutForm form) {
        session.refreshToken(request).ifPresent(refresh -> {
            try {
                identity.logout(new IdentityClient.Refresh(refresh));
            } catch (HttpClientException ignored) {
                // the cookies go anyway; the refresh token expires on its own
            }
        });
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/"));
        session.clear(response);
        return response;
    }

    private MutableHttpResponse<?> signedIn(IdentityClient.Token token, URI target) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(target);
        session.set(response, token);
        return response;
    }
}
