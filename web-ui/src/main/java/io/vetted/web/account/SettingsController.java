package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import io.vetted.web.security.SessionCookie;
import java.net.URI;
import java.util.Map;

/** The signed-in person's account: password, two-factor status, data export and deletion. */
@Controller("/account")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SettingsController {

    private final IdentityClient identity;
    private final SessionCookie session;
    private final PageContexts pages;
    private final ReadableExports exports;

    SettingsController(IdentityClient identity, SessionCookie session, PageContexts pages, ReadableExports exports) {
        this.identity = identity;
        this.session = session;
        this.pages = pages;
        this.exports = exports;
    }

    @Get("{?notice}")
    HttpResponse<?> settings(HttpRequest<?> request, @Nullable @QueryValue String notice) {
        String known = notice != null && notice.matches("password") ? "account.notice." + notice : null;
        return HttpResponse.ok(page(request, Map.of(), known));
    }

    @Post("/password")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(HttpRequest<?> request, @Body AccountForms.PasswordForm form) {
        try {
            IdentityClient.Token renewed = identity.changePassword(new IdentityClient.PasswordChange(
                    AccountForms.text(form.currentPassword()), AccountForms.text(form.newPassword())));
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/account?notice=password"));
            session.set(response, renewed);
            return response;
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.code() == 429 ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(request, AccountErrors.of(e, pages.messages(request)), null));
        }
    }

    /** Everything Vetted keeps about the person, as a JSON download. */
    @Get("/export")
    HttpResponse<String> export() {
        return HttpResponse.ok(identity.export())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vetted-my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The same data laid out to read, in the visitor's language; personal, so never kept by a cache. */
    @Get("/data")
    HttpResponse<?> data(HttpRequest<?> request) {
        return HttpResponse.ok(new ModelAndView<>("account/data", exports.of(identity.export(), pages.of(request))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/delete")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @Body AccountForms.DeleteForm form) {
        try {
            identity.deleteAccount(new IdentityClient.Deletion(AccountForms.text(form.deletePassword())));
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?notice=deleted"));
            session.clear(response);
            return response;
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = AccountErrors.of(e, pages.messages(request));
            Map<String, String> named =
                    errors.containsKey("password") ? Map.of("deletePassword", errors.get("password")) : errors;
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, named, null));
        }
    }

    private ModelAndView<AccountPages.SettingsPage> page(
            HttpRequest<?> request, Map<String, String> errors, @Nullable String notice) {
        return new ModelAndView<>(
                "account/settings",
                new AccountPages.SettingsPage(pages.of(request), identity.me(), identity.mfaStatus(), errors, notice));
    }
}
