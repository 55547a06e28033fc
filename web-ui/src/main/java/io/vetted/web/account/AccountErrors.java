package io.vetted.web.account;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.Messages;
import java.util.Map;

/** identity-service's refusals of the account forms: too many attempts says for how long. */
final class AccountErrors {

    private AccountErrors() {}

    static Map<String, String> of(HttpClientResponseException error, Messages messages) {
        return FormErrors.of(error, messages)
                .on(429, FormErrors.FORM, "account.throttled", retryMinutes(error))
                .otherwise("account.invalid")
                .map();
    }

    static long retryMinutes(HttpClientResponseException error) {
        try {
            long seconds = Long.parseLong(error.getResponse().header("Retry-After"));
            return Math.max(1, (seconds + 59) / 60);
        } catch (NumberFormatException | NullPointerException e) {
            return 15;
        }
    }
}
