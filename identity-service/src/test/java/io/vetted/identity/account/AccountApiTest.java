package io.vetted.identity.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountApiTest implements PostgresTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    AccountClient accounts;

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void signsUpAProviderAndStoresTheEmailInLowerCase() {
        var response = accounts.register(new RegisterAccountRequest("Marie@Infogerance-Lyon.fr", PASSWORD,
                Role.PROVIDER, "Marie Dupont"));

        assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(response.header("Location")).isEqualTo("/api/accounts/" + response.body().id());
        assertThat(response.body().email()).isEqualTo("marie@infogerance-lyon.fr");
        assertThat(response.body().role()).isEqualTo(Role.PROVIDER);
    }

    @Test
    void rejectsAShortPasswordWith400NamingTheField() {
        var request = Map.of("email", unique("short"), "password", "too-short", "role", "SME", "displayName", "Short");

        assertThatThrownBy(() -> post(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "password"));
    }

    @Test
    void rejectsAMalformedEmailWith400NamingTheField() {
        var request = Map.of("email", "not-an-email", "password", PASSWORD, "role", "SME", "displayName", "Someone");

        assertThatThrownBy(() -> post(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "email"));
    }

    @Test
    void rejectsAnUnknownRoleWith400NamingTheField() {
        var request = Map.of("email", unique("role"), "password", PASSWORD, "role", "ADMIN", "displayName", "Eve");

        assertThatThrownBy(() -> post(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "role"));
    }

    @Test
    void rejectsMalformedJsonWith400() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/accounts", "{\"email\":")
                        .contentType(MediaType.APPLICATION_JSON_TYPE)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    @Test
    void rejectsAnotherContentTypeWith415() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/accounts", "email=a@b.fr")
                        .contentType(MediaType.TEXT_PLAIN_TYPE)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
    }

    @Test
    void refusesSelfAppointedModeratorsWith422() {
        var request = new RegisterAccountRequest(unique("mod"), PASSWORD, Role.MODERATOR, "Mallory");

        assertThatThrownBy(() -> accounts.register(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "role"));
    }

    @Test
    void refusesASecondAccountWithTheSameEmailWith409() {
        String email = unique("twice");
        accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "First"));

        assertThatThrownBy(() -> accounts.register(new RegisterAccountRequest(email.toUpperCase(), PASSWORD, Role.SME, "Second")))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.CONFLICT, "email"));
    }

    @Test
    void answersMeWith401WithoutAToken() {
        assertThatThrownBy(() -> accounts.me())
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void answersMeWithTheAccountOfTheToken() {
        String email = unique("me");
        var created = accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "Me")).body();
        String token = auth.login(new LoginRequest(email, PASSWORD)).accessToken();

        try (var ignored = BearerToken.as(token)) {
            assertThat(accounts.me().id()).isEqualTo(created.id());
        }
    }

    private void post(Map<String, String> body) {
        http.toBlocking().exchange(HttpRequest.POST("/api/accounts", body));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
    }
}
