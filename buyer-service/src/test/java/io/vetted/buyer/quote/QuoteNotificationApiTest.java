package io.vetted.buyer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.shortlist.ShortlistPayloads;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import io.vetted.testsupport.TestIssuer.TestAccount;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each side of a quote request hears of the other's moves through identity-service, once, and never of its own. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteNotificationApiTest implements QuoteTest {

    @Inject
    QuoteClient quotes;

    @Inject
    InboxClient inbox;

    @Inject
    WorkspaceClient shortlists;

    @Inject
    QuoteAnswerApiTest.Requirements requirements;

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(QuoteTest.super.additionalProperties());
        properties.put("vetted.outbox.relay.enabled", "true");
        properties.put("vetted.outbox.relay.poll-interval", "50ms");
        return properties;
    }

    /** A buyer's request to a provider with an owner and one team member. */
    record Sent(TestAccount buyer, TestAccount owner, TestAccount member, UUID quote, Runnable resend) {}

    @Test
    void aQuoteRequestTellsTheProvidersOwnerAndTeamOnceAndNobodyElse() {
        Sent sent = send();

        List<String> told = awaitNotifications(sent.owner());

        assertThat(told)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains(
                                "\"kind\":\"QUOTE\"",
                                sent.member().id(),
                                "\"link\":\"/my/quote-inbox/" + sent.quote() + "\"")
                        .contains("Nouvelle demande de devis", "New quote request")
                        .doesNotContain(sent.buyer().id()));
        assertThat(identity().notificationsTo(sent.buyer().id())).isEmpty();
    }

    @Test
    void aRetriedSendTellsTheProviderNoSecondTime() {
        Sent sent = send();
        sent.resend().run();

        awaitNotifications(sent.owner());
        quiet();

        assertThat(identity().notificationsTo(sent.owner().id())).hasSize(1);
    }

    @Test
    void theAnswerTellsTheBuyerAndNotTheProviderWhoAnswered() {
        Sent sent = send();
        awaitNotifications(sent.owner());
        try (var ignored = BearerToken.as(sent.member())) {
            inbox.answer(sent.quote(), QuoteTest.consistentAnswer());
        }

        List<String> told = awaitNotifications(sent.buyer());
        quiet();

        assertThat(told)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("\"kind\":\"QUOTE\"", "\"link\":\"/my/quotes/" + sent.quote() + "\"")
                        .contains("Alpha Infogérance a répondu", "Alpha Infogérance answered")
                        .doesNotContain(sent.member().id(), sent.owner().id()));
        assertThat(identity().notificationsTo(sent.member().id())).hasSize(1);
    }

    @Test
    void aMessageTellsOnlyTheSideThatDidNotWriteIt() {
        Sent sent = send();
        awaitNotifications(sent.owner());
        try (var ignored = BearerToken.as(sent.buyer())) {
            quotes.post(sent.quote(), new QuotePayloads.NewMessage("Un seul site, à Lyon."));
        }
        until(() -> identity().notificationsTo(sent.owner().id()).size() == 2);
        try (var ignored = BearerToken.as(sent.owner())) {
            inbox.post(sent.quote(), new QuotePayloads.NewMessage("Merci, nous revenons vers vous."));
        }

        List<String> toBuyer = awaitNotifications(sent.buyer());
        quiet();

        assertThat(identity().notificationsTo(sent.owner().id()))
                .hasSize(2)
                .last()
                .satisfies(body -> assertThat(body)
                        .contains("Nouveau message", sent.member().id()));
        assertThat(toBuyer)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("Nouveau message de Alpha Infogérance")
                        .doesNotContain(sent.owner().id()));
        assertThat(identity().notificationsTo(sent.member().id())).hasSize(2);
    }

    @Test
    void aNoticeWaitsInTheOutboxWhileIdentityIsDownThenArrivesOnce() throws InterruptedException {
        identity().down(true);
        Sent sent;
        try {
            sent = send();
            Thread.sleep(600);
            assertThat(identity().notificationsTo(sent.owner().id())).isEmpty();
        } finally {
            identity().down(false);
        }

        awaitNotifications(sent.owner());
        quiet();

        assertThat(identity().notificationsTo(sent.owner().id())).hasSize(1);
    }

    private List<String> awaitNotifications(TestAccount account) {
        until(() -> !identity().notificationsTo(account.id()).isEmpty());
        return identity().notificationsTo(account.id());
    }

    private static void until(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 10 s for a notification").isBefore(deadline);
            quiet(50);
        }
    }

    /** Long enough for the relay (polling every 50 ms) to send anything it still holds. */
    private static void quiet() {
        quiet(500);
    }

    private static void quiet(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sent send() {
        var buyer = TestIssuer.shared().account("SME");
        var owner = TestIssuer.shared().account("PROVIDER");
        var member = TestIssuer.shared().account("PROVIDER");
        UUID alpha = profiles().publish(QuoteTest.alpha());
        profiles().accounts(alpha, owner.id(), member.id());
        try (var ignored = BearerToken.as(buyer)) {
            requirements.save(QuoteTest.tenUsers());
            UUID list = shortlists
                    .create(new ShortlistPayloads.Naming("Infogérance"))
                    .body()
                    .id();
            shortlists.add(list, new ShortlistPayloads.NewEntry(alpha, null));
            var request = new QuotePayloads.Send(List.of(alpha), "Bonjour", "Cabinet Lumière");
            UUID quote = quotes.send(list, request).body().get(0).id();
            Runnable resend = () -> {
                try (var again = BearerToken.as(buyer)) {
                    quotes.send(list, request);
                }
            };
            return new Sent(buyer, owner, member, quote, resend);
        }
    }
}
