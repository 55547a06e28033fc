package io.vetted.identity.account;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Display names are read beside references and replies: they cannot pass for Vetted or hide text. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisplayNameApiTest implements IdentityTest {

    @Inject
    AccountClient accounts;

    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Vetted Support|reserved",
                "L'équipe VETTED|reserved",
                "V e t t e d|reserved",
                "V.3.T.T.E.D|reserved",
                "Vétted|reserved",
                "Modérateur Vetted|reserved",
                "Service modération|reserved",
                "admin|reserved",
                "Garage\u202Eeigaba|invisible",
                "Gar\u200Bage Martin|invisible",
                "\u2066Martin\u2069|invisible"
            })
    void refusesANameThatPassesForThePlatformOrHidesTextWith400SayingWhy(String name, String why) {
        var request = Map.of("email", uniqueEmail("name"), "password", PASSWORD, "role", "SME", "displayName", name);

        // raw HTTP: the typed client would refuse the name itself before sending it
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/accounts", request)))
                .satisfies(e -> {
                    Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "displayName");
                    assertThat(messageOf((HttpClientResponseException) e)).contains(why);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Civette Dupont", "Adminsys Bretagne", "Garage Martin", "Café Vettel", "Ève Moderne"})
    void acceptsOrdinaryNamesThatOnlyLookAlike(String name) {
        var response = accounts.register(new RegisterAccountRequest(uniqueEmail("ok"), PASSWORD, Role.SME, name));

        assertThat(response.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
    }

    @SuppressWarnings("unchecked")
    private static String messageOf(HttpClientResponseException e) {
        Map<String, Object> problem = e.getResponse().getBody(Map.class).orElseThrow();
        return ((List<Map<String, Object>>) problem.get("violations"))
                .stream()
                        .filter(v -> "displayName".equals(v.get("field")))
                        .map(v -> String.valueOf(v.get("message")))
                        .findFirst()
                        .orElseThrow();
    }
}
