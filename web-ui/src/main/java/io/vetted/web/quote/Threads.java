package io.vetted.web.quote;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.Messages;
import java.util.Map;

/** A refused message in a request's thread, the same for both sides. */
final class Threads {

    private Threads() {}

    static Map<String, String> errors(HttpClientResponseException e, Messages messages) {
        return FormErrors.of(e, messages)
                .propagate(403, 404)
                .on(409, "threadBody", "quote.thread.full")
                // the only 422 a thread gives: contact details before the buyer revealed theirs
                .on(422, "threadBody", "quote.thread.contactDetails")
                .fields(field -> "body".equals(field) ? "threadBody" : field)
                .map();
    }
}
