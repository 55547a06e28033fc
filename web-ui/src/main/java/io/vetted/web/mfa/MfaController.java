package io.vetted.web.mfa;

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
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import io.vetted.web.security.SessionCookie;
import java.net.URI;
import java.util.Map;

/**
 * Two-factor authentication: set it up (password, then a QR code to scan and a first code), keep
 * the recovery codes, renew them or turn TOTP off. The secret and the codes are shown in answers to
 * POSTs, never in a URL. A setup asked for by a change comes back to that change's page afterwards.
 */
@Controller("/account/mfa")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MfaController {

    private final IdentityClient identity;
    private final SessionCookie session;
    private final PageContexts pages;

    MfaController(IdentityClient identity, SessionCookie session, PageContexts pages) {
        this.identity = identity;
        this.session = session;
        this.pages = pages;
    }

    @Get("{?required,returnTo}")
    HttpResponse<?> status(
            HttpRequest<?> request, @Nullable @QueryValue Boolean required, @Nullable @QueryValue String returnTo) {
        return HttpResponse.ok(
                statusPage(request, Boolean.TRUE.equals(required), ReturnAddress.of(returnTo), Map.of()));
    }

    /** Binding an authenticator asks for the password again: a session alone is not enough. */
    @Post("/enrolment")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enrol(HttpRequest<?> request, @Body MfaPages.StartForm form) {
        String returnTo = ReturnAddress.of(form.returnTo());
        String password = form.password() == null ? "" : form.password();
        try {
            if (password.isBlank()) {
                return passwordRefused(request, returnTo, "mfa.password.missing");
            }
            IdentityClient.MfaEnrolment enrolment = identity.mfaEnrol(new IdentityClient.MfaStart(password));
            return HttpResponse.ok(enrolPage(request, enrolment, returnTo, Map.of()));
        } catch (HttpClientResponseException e) {
            requireClientError(e);
            if (e.code() == 409) { // already on: the page says so
                return HttpResponse.ok(statusPage(request, false, returnTo, Map.of()));
            }
            return passwordRefused(request, returnTo, e.code() == 429 ? "mfa.code.throttled" : "mfa.password.wrong");
        }
    }

    private HttpResponse<?> passwordRefused(HttpRequest<?> request, @Nullable String returnTo, String key) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(statusPage(
                        request,
                        returnTo != null,
                        returnTo,
                        Map.of("password", pages.messages(request).get(key))));
    }

    @Post("/confirmation")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(HttpRequest<?> request, @Body MfaPages.ConfirmForm form) {
        String returnTo = ReturnAddress.of(form.returnTo());
        try {
            IdentityClient.MfaConfirmation confirmation =
                    identity.mfaConfirm(code(new MfaPages.CodeForm(null, form.code())));
            MutableHttpResponse<?> response = HttpResponse.ok(new ModelAndView<>(
                    "mfa/recovery-codes",
                    new MfaPages.RecoveryCodesPage(
                            pages.of(request), confirmation.recoveryCodes(), ReturnAddress.afterSetup(returnTo))));
            session.set(response, confirmation.session());
            return response;
        } catch (HttpClientResponseException e) {
            requireClientError(e);
            var messages = pages.messages(request);
            // the same QR code again: the app already holds this secret, a rescan would only confuse
            return ShownEnrolment.of(form)
                    .<HttpResponse<?>>map(shown -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                            .body(enrolPage(
                                    request,
                                    shown,
                                    returnTo,
                                    Map.of(
                                            "code",
                                            messages.get(e.code() == 429 ? "mfa.code.throttled" : "mfa.code.wrong")))))
                    .orElseGet(() -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                            .body(statusPage(
                                    request,
                                    returnTo != null,
                                    returnTo,
                                    Map.of("password", messages.get("mfa.code.wrongRescan")))));
        }
    }

    @Post("/recovery-codes")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renewCodes(HttpRequest<?> request, @Body MfaPages.CodeForm form) {
        try {
            var codes = identity.mfaRenewCodes(code(form));
            return HttpResponse.ok(new ModelAndView<>(
                    "mfa/recovery-codes",
                    new MfaPages.RecoveryCodesPage(
                            pages.of(request), codes.recoveryCodes(), ReturnAddress.AFTER_SETUP)));
        } catch (HttpClientResponseException e) {
            return refused(request, e);
        }
    }

    @Post("/deactivation")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(HttpRequest<?> request, @Body MfaPages.CodeForm form) {
        try {
            IdentityClient.Token renewed = identity.mfaDisable(code(form));
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/account/mfa?ok=mfaOff"));
            session.set(response, renewed);
            return response;
        } catch (HttpClientResponseException e) {
            return refused(request, e);
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, HttpClientResponseException e) {
        requireClientError(e);
        String key = e.code() == 429 ? "mfa.code.throttled" : "mfa.code.wrong";
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(statusPage(
                        request,
                        false,
                        null,
                        Map.of("code", pages.messages(request).get(key))));
    }

    private ModelAndView<MfaPages.StatusPage> statusPage(
            HttpRequest<?> request, boolean required, @Nullable String returnTo, Map<String, String> errors) {
        return new ModelAndView<>(
                "mfa/status",
                new MfaPages.StatusPage(pages.of(request), identity.mfaStatus(), required, returnTo, errors));
    }

    private ModelAndView<MfaPages.EnrolPage> enrolPage(
            HttpRequest<?> request,
            IdentityClient.MfaEnrolment enrolment,
            @Nullable String returnTo,
            Map<String, String> errors) {
        return new ModelAndView<>("mfa/enrol", new MfaPages.EnrolPage(pages.of(request), enrolment, returnTo, errors));
    }

    private static IdentityClient.Code code(MfaPages.CodeForm form) {
        return new IdentityClient.Code(form.code() == null ? "" : form.code().replace(" ", ""));
    }

    private static void requireClientError(HttpClientResponseException e) {
        if (BackendProblem.of(e).status() >= 500) {
            throw e;
        }
    }
}
