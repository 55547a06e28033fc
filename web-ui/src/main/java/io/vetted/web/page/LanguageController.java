package io.vetted.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;
import io.vetted.web.security.CsrfProtected;
import java.time.Duration;
import java.util.Locale;

/** The FR/EN switch: remembers the choice in a cookie, which wins over Accept-Language. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    @Post("/lang")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> switchLanguage(@Body LanguageChoice choice) {
        Locale locale = Languages.supported(Locale.forLanguageTag(choice.lang() == null ? "fr" : choice.lang()));
        MutableHttpResponse<?> response = HttpResponse.seeOther(SafeRedirect.to(choice.returnTo()));
        response.cookie(Cookie.of(Languages.COOKIE, locale.getLanguage())
                .path("/")
                .httpOnly(true)
                .secure(true)
                .sameSite(SameSite.Lax)
                .maxAge(Duration.ofDays(365)));
        return response;
    }

    @Serdeable
    record LanguageChoice(
            @Nullable String csrfToken,
            @Nullable String lang,
            @Nullable String returnTo) implements CsrfForm {}
}
