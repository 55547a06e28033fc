package io.vetted.buyer.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.requirements.RequirementsOperations;
import io.vetted.buyer.shortlist.EntryStatus;
import io.vetted.buyer.shortlist.ShortlistPayloads;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The provider's answer, what the buyer sees beside the profile, the reveal and the conversation. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteAnswerApiTest implements QuoteTest {

    @Inject
    QuoteClient quotes;

    @Inject
    InboxClient inbox;

    @Inject
    WorkspaceClient shortlists;

    @Inject
    Requirements requirements;

    @Inject
    @Client("/")
    HttpClient http;

    @Client("/")
    interface Requirements extends RequirementsOperations {}

    /** A buyer with ten users who sent one request to a new Alpha; the provider's member account. */
    record Sent(TestIssuer.TestAccount buyer, TestIssuer.TestAccount provider, UUID list, UUID quote) {}

    @Test
    void theProviderSeesTheCompanyAndRequirementsButNoContactDetailsUntilTheBuyerRevealsThem() {
        Sent sent = sendOne();
        try (var ignored = BearerToken.as(sent.provider())) {
            assertThat(inbox.inbox()).singleElement().satisfies(q -> {
                assertThat(q.company()).isEqualTo("Cabinet Lumière");
                assertThat(q.requirements().fleet().users()).isEqualTo(10);
                assertThat(q.buyer()).isNull();
            });
        }
        try (var ignored = BearerToken.as(sent.buyer())) {
            assertThat(quotes.reveal(sent.quote()).revealed()).isTrue();
        }
        try (var ignored = BearerToken.as(sent.provider())) {
            var buyer = inbox.request(sent.quote()).buyer();
            assertThat(buyer).isNotNull();
            assertThat(buyer.email()).contains("@");
            assertThat(buyer.name()).isEqualTo("Compte " + sent.buyer().id().substring(0, 8));
        }
    }

    @Test
    void answersOnceAndTheShortlistEntryBecomesQuoteReceived() {
        Sent sent = sendOne();
        try (var ignored = BearerToken.as(sent.provider())) {
            var answered = inbox.answer(sent.quote(), QuoteTest.consistentAnswer());
            assertThat(answered.status()).isEqualTo(QuoteStatus.ANSWERED);
            assertThatThrownBy(() -> inbox.answer(sent.quote(), QuoteTest.contradictingAnswer()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
        try (var ignored = BearerToken.as(sent.buyer())) {
            assertThat(quotes.quote(sent.quote()).answer().monthlyAmountEur()).isEqualByComparingTo("280");
            assertThat(shortlists.shortlist(sent.list()).entries())
                    .singleElement()
                    .satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.QUOTE_RECEIVED));
        }
    }

    @Test
    void refusesAFixedMonthlyFeeWithoutItsAmountWith422NamingIt() {
        Sent sent = sendOne();
        var noAmount =
                new QuotePayloads.Answer(PricingModel.MONTHLY_FIXED, null, "Support", 30, AfterHours.ON_CALL, 90, null);
        try (var ignored = BearerToken.as(sent.provider())) {
            assertThatThrownBy(() -> inbox.answer(sent.quote(), noAmount))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "monthlyAmountEur"));
            var zero = new QuotePayloads.Answer(PricingModel.HOURLY, null, "Support", 0, AfterHours.ON_CALL, 90, null);
            assertThatThrownBy(() -> http.toBlocking()
                            .exchange(HttpRequest.PUT("/api/quote-inbox/" + sent.quote() + "/answer", zero)
                                    .bearerAuth(sent.provider().token())))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "criticalResponseMinutes"));
            assertThat(inbox.request(sent.quote()).status()).isEqualTo(QuoteStatus.OPEN);
        }
    }

    @Test
    void flagsEachFigureOfTheAnswerThatContradictsThePublicProfile() {
        Sent sent = sendOne();
        try (var ignored = BearerToken.as(sent.provider())) {
            inbox.answer(sent.quote(), QuoteTest.contradictingAnswer());
        }
        try (var ignored = BearerToken.as(sent.buyer())) {
            var compared = quotes.compare(sent.list()).quotes();
            assertThat(compared).singleElement().satisfies(c -> {
                assertThat(c.profile().criticalResponseMinutes()).isEqualTo(60);
                // 30 EUR per seat for the ten users of the requirements sent
                assertThat(c.profile().monthlyToEur()).isEqualByComparingTo(new BigDecimal("300"));
                assertThat(c.contradictions())
                        .containsExactlyInAnyOrder(
                                Contradiction.SLOWER_CRITICAL_RESPONSE,
                                Contradiction.LESS_AFTER_HOURS,
                                Contradiction.ABOVE_PUBLISHED_PRICE,
                                Contradiction.SHORTER_PRICE_NOTICE);
            });
        }
    }

    @Test
    void flagsNothingWhenTheAnswerKeepsToTheProfile() {
        Sent sent = sendOne();
        try (var ignored = BearerToken.as(sent.provider())) {
            inbox.answer(sent.quote(), QuoteTest.consistentAnswer());
        }
        try (var ignored = BearerToken.as(sent.buyer())) {
            assertThat(quotes.compare(sent.list()).quotes())
                    .singleElement()
                    .satisfies(c -> assertThat(c.contradictions()).isEmpty());
        }
    }

    @Test
    void bothSidesWriteInTheConversationWithinItsLimits() {
        Sent sent = sendOne();
        try (var ignored = BearerToken.as(sent.provider())) {
            inbox.post(sent.quote(), new QuotePayloads.NewMessage("Combien de sites ?"));
        }
        try (var ignored = BearerToken.as(sent.buyer())) {
            quotes.post(sent.quote(), new QuotePayloads.NewMessage("Un seul, à Lyon."));
            assertThatThrownBy(() -> http.toBlocking()
                            .exchange(HttpRequest.POST(
                                            "/api/buyer/quote-requests/" + sent.quote() + "/messages",
                                            Map.of("body", "x".repeat(2001)))
                                    .bearerAuth(sent.buyer().token())))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "body"));
            assertThat(quotes.quote(sent.quote()).messages())
                    .extracting(QuotePayloads.Message::from, QuotePayloads.Message::body)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Side.PROVIDER, "Combien de sites ?"),
                            org.assertj.core.groups.Tuple.tuple(Side.BUYER, "Un seul, à Lyon."));
            // the test limit is 3 messages per request
            quotes.post(sent.quote(), new QuotePayloads.NewMessage("Merci"));
            assertThatThrownBy(() -> quotes.post(sent.quote(), new QuotePayloads.NewMessage("Encore")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void refusesContactDetailsInTheThreadUntilTheBuyerRevealsThemWith422() {
        Sent sent = sendOne();
        try (var ignored = BearerToken.as(sent.provider())) {
            assertThatThrownBy(
                            () -> inbox.post(sent.quote(), new QuotePayloads.NewMessage("Appelez le 06 12 34 56 78")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "body"));
        }
        try (var ignored = BearerToken.as(sent.buyer())) {
            assertThatThrownBy(() -> quotes.post(
                            sent.quote(), new QuotePayloads.NewMessage("Écrivez à claire (at) cabinet (dot) fr")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "body"));
            assertThat(quotes.quote(sent.quote()).messages()).isEmpty();
            quotes.reveal(sent.quote());
        }
        try (var ignored = BearerToken.as(sent.provider())) {
            assertThat(inbox.post(sent.quote(), new QuotePayloads.NewMessage("Appelez le 06 12 34 56 78"))
                            .messages())
                    .hasSize(1);
        }
    }

    private Sent sendOne() {
        var buyer = TestIssuer.shared().account("SME");
        var provider = TestIssuer.shared().account("PROVIDER");
        UUID alpha = profiles().publish(QuoteTest.alpha());
        profiles().member(provider.id(), alpha);
        try (var ignored = BearerToken.as(buyer)) {
            requirements.save(QuoteTest.tenUsers());
            UUID list = shortlists
                    .create(new ShortlistPayloads.Naming("Infogérance"))
                    .body()
                    .id();
            shortlists.add(list, new ShortlistPayloads.NewEntry(alpha, null));
            UUID quote = quotes.send(list, new QuotePayloads.Send(List.of(alpha), "Bonjour", "Cabinet Lumière"))
                    .body()
                    .get(0)
                    .id();
            return new Sent(buyer, provider, list, quote);
        }
    }
}
