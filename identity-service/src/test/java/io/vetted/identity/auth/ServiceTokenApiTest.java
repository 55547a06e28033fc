package io.vetted.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.support.auth.Scopes;
import io.vetted.support.auth.ServiceToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceTokenApiTest implements PostgresTest {

    private static final String SECRET = "a-review-service-secret-for-tests";

    @Inject
    AuthClient auth;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("vetted.service-clients.review-service.secret", SECRET);
    }

    @Test
    void issuesAServiceRoleTokenToAKnownClient() throws Exception {
        ServiceToken.Response token = auth.serviceToken(new ServiceToken.Request("review-service", SECRET));

        var claims = SignedJWT.parse(token.accessToken()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("service:review-service");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
    }

    @Test
    void grantsAClientOnlyTheScopesOfTheCallsItMakes() throws Exception {
        ServiceToken.Response token = auth.serviceToken(new ServiceToken.Request("review-service", SECRET));

        String scope = SignedJWT.parse(token.accessToken()).getJWTClaimsSet().getStringClaim(Scopes.CLAIM);
        assertThat(scope.split(" "))
                .containsExactlyInAnyOrder(
                        Scopes.REPUTATION_WRITE,
                        Scopes.PROVIDERS_READ,
                        Scopes.LINKAGE_READ,
                        Scopes.NOTICES_SEND,
                        Scopes.WATCH_EVENTS_WRITE)
                .doesNotContain(Scopes.PERSONAL_DATA);
    }

    @Test
    void refusesAWrongSecretWith401() {
        assertThatThrownBy(() -> auth.serviceToken(new ServiceToken.Request("review-service", "guessed")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void refusesAnUnknownClientWith401() {
        assertThatThrownBy(() -> auth.serviceToken(new ServiceToken.Request("vendor-service", SECRET)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }
}
