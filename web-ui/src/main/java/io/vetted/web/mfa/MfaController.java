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
 * Two-factor authentication: set it up by scanning a QR code and typing a first code, keep the
 * recovery codes, renew them or turn TOTP off. The secret and the codes are shown once, in the
 * answer to the POST that made them, never in a URL.
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

    @Get("{?required}")
    HttpResponse<?> status(HttpRequest<?> request, @Nullable @QueryValue Boolean required) {
        return HttpResponse.ok(statusPage(request, Boolean.TRUE.equals(required), Map.of()));
    }

    @Post("/enrolment")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enrol(HttpRequest<?> request, @Body MfaPages.StartForm form) {
        return HttpResponse.ok(enrolPage(request, Map.of()));
    }

    @Post("/confirmation")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(HttpRequest<?> request, @Body MfaPages.CodeForm form) {
        try {
            IdentityClient.MfaConfirmation confirmation = identity.mfaConfirm(code(form));
            MutableHttpResponse<?> response = HttpResponse.ok(new ModelAndView<>(
                    "mfa/recovery-codes",
                    new MfaPages.RecoveryCodesPage(pages.of(request), confirmation.recoveryCodes())));
            session.set(response, confirmation.session());
            return response;
        } catch (HttpClientResponseException e) {
            requireClientError(e);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(enrolPage(
                            request, Map.of("code", pages.messages(request).get("mfa.code.wrongRescan"))));
        }
    }

    @Post("/recovery-codes")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renewCodes(HttpRequest<?> request, @Body MfaPages.CodeForm form) {
        try {
            var codes = identity.mfaRenewCodes(code(form));
            return HttpResponse.ok(new ModelAndView<>(
                    "mfa/recovery-codes", new MfaPages.RecoveryCodesPage(pages.of(request), codes.recoveryCodes())));
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
                        request, false, Map.of("code", pages.messages(request).get(key))));
    }

    private ModelAndView<MfaPages.StatusPage> statusPage(
            HttpRequest<?> request, boolean required, Map<String, String> errors) {
        return new ModelAndView<>(
                "mfa/status", new MfaPages.StatusPage(pages.of(request), identity.mfaStatus(), required, errors));
    }

    private ModelAndView<MfaPages.EnrolPage> enrolPage(HttpRequest<?> request, Map<String, String> errors) {
        return new ModelAndView<>("mfa/enrol", new MfaPages.EnrolPage(pages.of(request), identity.mfaEnrol(), errors));
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
