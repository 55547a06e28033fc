package io.vetted.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each account chooses per kind how it is mailed; immediately unless it said otherwise. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreferenceApiTest implements NotificationTest {

    @Inject
    Recipients recipients;

    @Inject
    PreferenceClient preferences;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void mailsEveryKindImmediatelyUntilTheAccountChoosesOtherwise() {
        var reader = recipients.signUp("fr");
        try (var ignored = BearerToken.as(reader.accessToken())) {
            assertThat(preferences.preferences().preferences())
                    .hasSize(NotificationKind.values().length)
                    .allSatisfy(p -> assertThat(p.delivery()).isEqualTo(Delivery.IMMEDIATE));

            var chosen = preferences.choose(new PreferenceOperations.Preferences(
                    List.of(new PreferenceOperations.Preference(NotificationKind.QUOTE, Delivery.WEEKLY))));

            assertThat(chosen.preferences())
                    .filteredOn(p -> p.kind() == NotificationKind.QUOTE)
                    .singleElement()
                    .satisfies(p -> assertThat(p.delivery()).isEqualTo(Delivery.WEEKLY));
            assertThat(preferences.preferences().preferences())
                    .filteredOn(p -> p.delivery() != Delivery.IMMEDIATE)
                    .hasSize(1);
        }
    }

    @Test
    void refusesAnUnknownDeliveryWith400() {
        var reader = recipients.signUp("fr");
        var body = Map.of("preferences", List.of(Map.of("kind", "QUOTE", "delivery", "HOURLY")));

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.PUT("/api/notification-preferences", body)
                                .bearerAuth(reader.accessToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }
}
