package io.vetted.review.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The invited client gets the invitation by mail, through identity-service, with its single-use link. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationMailApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    VerificationClient verification;

    @Test
    void anInvitationIsMailedToTheInvitedAddressWithItsLink() {
        UUID provider = fakes.vendor.knownProvider();
        String email = "gerante." + UUID.randomUUID() + "@boulangerie-lyon.fr";

        String token;
        try (var ignored = BearerToken.as(owner(provider))) {
            token = verification
                    .invite(provider, new InvitationRequest(email))
                    .body()
                    .token();
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !fakes.identity.noticesToAddress(email).isEmpty());
        assertThat(fakes.identity.noticesToAddress(email))
                .singleElement()
                .asString()
                .contains("http://localhost:8080/invitations/" + token)
                .contains("Fake provider vous invite à publier une référence")
                .contains("Fake provider invites you to write a reference")
                .contains("invited by the provider");
    }

    @Test
    void aRefusedInvitationSendsNoMail() {
        UUID provider = fakes.vendor.knownProvider();
        String email = "intrus." + UUID.randomUUID() + "@exemple.fr";

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> verification.invite(provider, new InvitationRequest(email)));
        }
        try (var ignored = BearerToken.as(owner(provider))) {
            verification.invite(provider, new InvitationRequest("suivante." + email));
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !fakes.identity.noticesToAddress("suivante." + email).isEmpty());
        assertThat(fakes.identity.noticesToAddress(email)).isEmpty();
    }

    private String owner(UUID provider) {
        return TestIssuer.shared().token(fakes.vendor.owner(provider).toString(), "PROVIDER");
    }
}
