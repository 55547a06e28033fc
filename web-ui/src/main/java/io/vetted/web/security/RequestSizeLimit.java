package io.vetted.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
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
 * other route keeps the 256 KB a form ever needs, refused before its body is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestSizeLimit implements Ordered {

    static final long FORM_LIMIT = 256 * 1024;
    static final Set<String> UPLOAD_ROUTES = Set.of("/my/provider/company-check");
    /** A reference's engagement evidence, uploaded by its author. */
    static final Pattern UPLOAD_PATTERN = Pattern.compile("/references/[0-9a-fA-F-]{36}/evidence");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > FORM_LIMIT && !upload(request.getPath())) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        return null;
    }

    static boolean upload(String path) {
        return UPLOAD_ROUTES.contains(path) || UPLOAD_PATTERN.matcher(path).matches();
    }
}
