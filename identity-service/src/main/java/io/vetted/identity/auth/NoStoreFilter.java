package io.vetted.identity.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every API answer of identity-service is personal (access and refresh tokens, the TOTP secret,
 * recovery codes, the account, the export, the audit log): no browser or proxy may keep a copy.
 */
@ServerFilter("/api/**")
final class NoStoreFilter {

    @ResponseFilter
    void forbidStoring(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().set("Pragma", "no-cache");
    }
}
