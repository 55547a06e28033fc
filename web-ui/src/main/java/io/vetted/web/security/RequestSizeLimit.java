package io.vetted.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server accepts bodies up to 6 MB so that evidence (5 MB documents) can be uploaded; every
 * other route keeps the 256 KB a form ever needs, refused before its body is read. A body sent in
 * chunks, without its length, is refused there too (411): its size could not be judged in advance,
 * and no form of the site sends one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestSizeLimit implements Ordered {

    static final long FORM_LIMIT = 256 * 1024;
    static final Set<String> UPLOAD_ROUTES = Set.of("/my/provider/company-check", "/my/provider/siren-contest");
    /** A reference's engagement evidence, uploaded by its author; a SIREN holder's side of a contest. */
    static final Pattern UPLOAD_PATTERN =
            Pattern.compile("/references/[0-9a-fA-F-]{36}/evidence|/my/provider/siren-contest/[0-9a-fA-F-]{36}/answer");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (upload(request.getPath())) {
            return null;
        }
        long length = request.getContentLength();
        if (length > FORM_LIMIT) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        if (length < 0 && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return HttpResponse.status(HttpStatus.LENGTH_REQUIRED);
        }
        return null;
    }

    static boolean upload(String path) {
        return UPLOAD_ROUTES.contains(path) || UPLOAD_PATTERN.matcher(path).matches();
    }
}
