package io.vetted.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceActionsTest {

    @ParameterizedTest
    @CsvSource({
        "/moderation, /moderation?ok=hide",
        "/moderation?status=OPEN, /moderation?status=OPEN&ok=hide",
        "/providers/1#reference-2, /providers/1?ok=hide#reference-2",
        "/providers/1?page=2#reference-2, /providers/1?page=2&ok=hide#reference-2",
        "/moderation?ok=dismiss, /moderation?ok=hide",
        "/moderation?ok=dismiss&status=OPEN, /moderation?status=OPEN&ok=hide"
    })
    void sendsTheVisitorBackWithWhatTheActionDidForThePageToConfirm(String back, String confirming) {
        assertThat(ReferenceActions.confirming(URI.create(back), "hide")).hasToString(confirming);
    }
}
