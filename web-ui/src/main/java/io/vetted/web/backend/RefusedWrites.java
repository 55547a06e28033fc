package io.vetted.web.backend;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.ClientAttributes;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.page.PageNotFoundException;
import java.util.Set;

/**
 * A service's 404 to a write means "not yours, or no such thing": refused. Micronaut's declarative
 * clients read a 404 as an empty answer (null, or nothing at all for a void method), which a page
 * would then report as done; this turns it, for every write, into the 404 page, unless the caller
 * says what it means itself ({@link AnswersNotFound}). A 404 to a read stays an empty answer.
 */
@ClientFilter(serviceId = {"identity", "vendor", "review", "buyer"})
final class RefusedWrites {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** Called only when the call failed: the client has already made the 404 an exception here. */
    @ResponseFilter
    void refuse(HttpRequest<?> call, HttpClientResponseException failure) {
        if (failure.getStatus() == HttpStatus.NOT_FOUND && !READS.contains(call.getMethod()) && !answered(call)) {
            // not an HttpClientResponseException: the declarative client would read that 404 as empty again
            throw new PageNotFoundException();
        }
    }

    private static boolean answered(HttpRequest<?> call) {
        return ClientAttributes.getInvocationContext(call)
                .map(method -> method.hasAnnotation(AnswersNotFound.class))
                .orElse(false);
    }
}
