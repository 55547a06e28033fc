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
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import io.vetted.web.security.SessionCookie;
import java.net.URI;
import java.util.Map;

/**
 * Signing in with a mailed link instead of the password: always offered, and the way back in for
 * someone whose password sign-in others have paused with wrong guesses. Like the other mailed
 * links, opening one changes nothing; the click that follows spends it.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInLinkController {

    private final IdentityClient identity;
    private final SessionCookie session;
    private final PageContexts pages;

    SignInLinkController(IdentityClient identity, SessionCookie session, PageContexts pages) {
        this.identity = identity;
        this.session = session;
        this.pages = pages;
    }

    @Get("/login/link/request{?email}")
    @View("account/link-request")
    AccountPages.ForgotPage requestForm(HttpRequest<?> request, @Nullable @QueryValue String email) {
        return new AccountPages.ForgotPage(
                pages.of(request), AccountForms.text(email).strip(), Map.of());
    }

    @Post("/login/link/request")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> request(HttpRequest<?> request, @Body AccountForms.ForgotForm form) {
        String email = AccountForms.text(form.email()).strip();
        try {
            identity.requestSignInLink(new IdentityClient.ResetRequest(email));
            return HttpResponse.seeOther(URI.create("/login/link/sent"));
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            var page =
                    new AccountPages.ForgotPage(pages.of(request), email, AccountErrors.of(e, pages.messages(request)));
            return HttpResponse.status(e.code() == 429 ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("account/link-request", page));
        }
    }

    @Get("/login/link/sent")
    @View("account/message")
    AccountPages.MessagePage sent(HttpRequest<?> request) {
        return new AccountPages.MessagePage(
                pages.of(request), "login.link.sent.title", "login.link.sent.text", "/login", "nav.login");
    }

    @Get("/login/link{?token}")
    @View("account/link")
    AccountPages.VerifyPage linkForm(HttpRequest<?> request, @Nullable @QueryValue String token) {
        return new AccountPages.VerifyPage(pages.of(request), AccountForms.text(token), false);
    }

    @Post("/login/link")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body AccountForms.TokenForm form) {
        String token = AccountForms.text(form.token());
        try {
            IdentityClient.Token answer = identity.signInWithLink(new IdentityClient.EmailToken(token));
            if (answer.mfaRequired()) {
                return HttpResponse.ok(new ModelAndView<>(
                        "account/mfa-login",
                        new AccountPages.MfaLoginPage(pages.of(request), answer.mfaToken(), "/", false)));
            }
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/"));
            session.set(response, answer);
            return response;
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            var page = new AccountPages.VerifyPage(pages.of(request), token, true);
            return HttpResponse.status(e.code() == 429 ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("account/link", page));
        }
    }
}
