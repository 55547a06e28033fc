package io.vetted.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CSRF token a page's forms carry, for a test that posts one of them as a browser would. */
public final class CsrfToken {

    private static final Pattern FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private CsrfToken() {}

    public static String of(HttpResponse<String> page) {
        Matcher token = FIELD.matcher(page.body());
        assertThat(token.find()).as("a csrfToken field on the page").isTrue();
        return token.group(1);
    }
}
