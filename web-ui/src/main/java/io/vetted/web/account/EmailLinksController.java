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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the mailed links land. Opening a link changes nothing (mail scanners open links too):
 * the page asks for a click, and the POST that follows spends the token.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmailLinksController {

    private final IdentityClient identity;
    private final PageContexts pages;

    EmailLinksController(IdentityClient identity, PageContexts pages) {
        this.identity = identity;
        this.pages = pages;
    }

    @Get("/verify{?token}")
    @View("account/verify")
    AccountPages.VerifyPage verifyForm(HttpRequest<?> request, @Nullable @QueryValue String token) {
        return new AccountPages.VerifyPage(pages.of(request), AccountForms.text(token), false);
    }

    @Post("/verify")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> verify(HttpRequest<?> request, @Body AccountForms.TokenForm form) {
        try {
            identity.verify(new IdentityClient.EmailToken(AccountForms.text(form.token())));
            // back to where the sign-up began (an invitation), if this browser made it
            String after = PendingReturn.of(request)
                    .map(target -> "&returnTo=" + URLEncoder.encode(target, StandardCharsets.UTF_8))
                    .orElse("");
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?notice=verified" + after));
            PendingReturn.forget(response);
            return response;
        } catch (HttpClientResponseException e) {
            if (e.code() >= 500) {
                throw e;
            }
            var page = new AccountPages.VerifyPage(pages.of(request), AccountForms.text(form.token()), true);
            return HttpResponse.badRequest().body(new ModelAndView<>("account/verify", page));
        }
    }

    @Get("/password/forgot")
    @View("account/forgot")
    AccountPages.ForgotPage forgotForm(HttpRequest<?> request) {
        return new AccountPages.ForgotPage(pages.of(request), "", Map.of());
    }

    @Post("/password/forgot")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> forgot(HttpRequest<?> request, @Body AccountForms.ForgotForm form) {
        var ctx = pages.of(request);
        String email = AccountForms.text(form.email()).strip();
        try {
            identity.requestPasswordReset(new IdentityClient.ResetRequest(email));
            return HttpResponse.ok(new ModelAndView<>(
                    "account/message",
                    new AccountPages.MessagePage(
                            ctx, "password.forgot.sent.title", "password.forgot.sent.text", "/login", "nav.login")));
        } catch (HttpClientResponseException e) {
            var page = new AccountPages.ForgotPage(ctx, email, AccountErrors.of(e, pages.messages(request)));
            return HttpResponse.status(e.code() == 429 ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("account/forgot", page));
        }
    }

    @Get("/password/reset{?token}")
    @View("account/reset")
    AccountPages.ResetPage resetForm(HttpRequest<?> request, @Nullable @QueryValue String token) {
        return new AccountPages.ResetPage(pages.of(request), AccountForms.text(token), Map.of());
    }

    @Post("/password/reset")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(HttpRequest<?> request, @Body AccountForms.ResetForm form) {
        try {
            identity.resetPassword(new IdentityClient.NewPassword(
                    AccountForms.text(form.token()), AccountForms.text(form.newPassword())));
            return HttpResponse.seeOther(URI.create("/login?notice=reset"));
        } catch (HttpClientResponseException e) {
            var page = new AccountPages.ResetPage(
                    pages.of(request), AccountForms.text(form.token()), AccountErrors.of(e, pages.messages(request)));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("account/reset", page));
        }
    }
}
