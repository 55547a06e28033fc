package io.vetted.review.evidence;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.vetted.support.problem.ApiProblems;

/**
 * The server accepts bodies up to 6 MB so that evidence files fit; every other body stays within
 * {@value #JSON_BYTES} bytes, as before evidence existed, and a larger one is refused with 413
 * before it is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeLimit {

    static final long JSON_BYTES = 64 * 1024;

    @RequestFilter
    void limit(HttpRequest<?> request) {
        boolean multipart = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        long length = request.getContentLength();
        if (!multipart && length > JSON_BYTES) {
            throw ApiProblems.status(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than 64 KB; nothing was read.");
        }
    }
}
