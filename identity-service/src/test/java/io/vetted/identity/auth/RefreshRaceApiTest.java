package io.vetted.identity.auth;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.audit.SecurityEventRepository;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two tabs refreshing the same token at once are a race, not a theft, however old the session. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshRaceApiTest implements IdentityTest {

    @Inject
    AuthClient auth;

    @Inject
    SignUps signUps;

    @Inject
    SecurityEventRepository events;

    @Test
    void answers409ToTheSecondOfTwoConcurrentRefreshesAfterThreeRotationsAndKeepsTheSession() throws Exception {
        TokenResponse session = signInAndRotate(3);

        List<Integer> statuses = refreshTwiceAtOnce(session.refreshToken());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(reuseAlarms(session.accountId())).isEmpty();
    }

    @Test
    void keepsTheSessionAliveAfterAJustRefreshedAnswerOnALaterRotation() {
        TokenResponse third = signInAndRotate(3);
        TokenResponse fourth = auth.refresh(new RefreshRequest(third.refreshToken()));

        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(third.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        assertThat(auth.refresh(new RefreshRequest(fourth.refreshToken())).accessToken())
                .isNotBlank();
        assertThat(reuseAlarms(third.accountId())).isEmpty();
    }

    @Test
    void stillEndsTheSessionAndLogsWhenTheSpentTokensSuccessorWasAlreadyUsed() {
        TokenResponse second = signInAndRotate(2);
        TokenResponse third = auth.refresh(new RefreshRequest(second.refreshToken()));
        TokenResponse fourth = auth.refresh(new RefreshRequest(third.refreshToken()));

        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(second.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(fourth.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
        assertThat(reuseAlarms(second.accountId())).hasSize(1);
    }

    /** A new account's session, refreshed {@code rotations} times; the last answer. */
    private TokenResponse signInAndRotate(int rotations) {
        String email = uniqueEmail("tabs");
        signUps.verified(email, PASSWORD, Role.SME);
        TokenResponse session = auth.login(new LoginRequest(email, PASSWORD));
        for (int i = 0; i < rotations; i++) {
            session = auth.refresh(new RefreshRequest(session.refreshToken()));
        }
        return session;
    }

    private List<Integer> refreshTwiceAtOnce(String refreshToken) throws Exception {
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = List.of(
                    CompletableFuture.supplyAsync(() -> refreshAfter(start, refreshToken), tabs),
                    CompletableFuture.supplyAsync(() -> refreshAfter(start, refreshToken), tabs));
            start.countDown();
            return List.of(answers.get(0).get(), answers.get(1).get());
        } finally {
            tabs.shutdown();
        }
    }

    private int refreshAfter(CountDownLatch start, String refreshToken) {
        try {
            start.await();
            auth.refresh(new RefreshRequest(refreshToken));
            return 200;
        } catch (HttpClientResponseException e) {
            return e.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<?> reuseAlarms(UUID accountId) {
        return events.findByAccountIdOrderByOccurredAtDesc(accountId).stream()
                .filter(e -> e.type() == SecurityEventType.REFRESH_TOKEN_REUSED)
                .toList();
    }
}
