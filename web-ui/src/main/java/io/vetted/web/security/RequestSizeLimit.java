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

/**
 * The server accepts bodies up to 6 MB so that evidence (5 MB documents) can be uploaded; every
 * other route keeps the 256 KB a form ever needs, refused before its body is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestSizeLimit implements Ordered {

    static final long FORM_LIMIT = 256 * 1024;
    static final Set<String> UPLOAD_ROUTES = Set.of("/my/provider/company-check");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > FORM_LIMIT && !UPLOAD_ROUTES.contains(request.getPath())) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        return null;
    }
}
