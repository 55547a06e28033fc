package io.vetted.identity.notification;

import static io.vetted.identity.notification.NotificationKind.PRICE_ALERT;
import static io.vetted.identity.notification.Recipients.priceAlert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The notification centre: one notification per event and account, in its language, read by its owner only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationApiTest implements NotificationTest {

    @Inject
    Recipients recipients;

    @Inject
    NotificationClient client;

    @Test
    void notifiesEachAccountOnceInItsLanguageHoweverOftenTheBatchIsSent() {
        var english = recipients.signUp("en");
        var french = recipients.signUp(null);
        var batch = priceAlert(PRICE_ALERT, List.of(english.id(), french.id(), UUID.randomUUID()));

        recipients.notify(batch);
        recipients.notify(batch);

        assertThat(list(english).items())
                .singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("Alpes Réseaux raises its prices"))
                .satisfies(n -> assertThat(n.link()).isEqualTo(batch.link()));
        assertThat(list(french).items())
                .extracting(NotificationView::subject)
                .containsExactly("Alpes Réseaux augmente ses prix");
    }

    @Test
    void listsNewestFirstWithinTheLimitAndCountsTheUnread() {
        var reader = recipients.signUp("en");
        for (int i = 0; i < 3; i++) {
            recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        }

        try (var ignored = BearerToken.as(reader.accessToken())) {
            var page = client.list(2, 0);
            assertThat(page.items()).hasSize(2);
            assertThat(page.items().get(0).createdAt())
                    .isAfterOrEqualTo(page.items().get(1).createdAt());
            assertThat(page.unread()).isEqualTo(3);
            assertThat(client.list(2, 2).items()).hasSize(1);
        }
    }

    @Test
    void markingOneReadLowersTheUnreadCount() {
        var reader = recipients.signUp("fr");
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));

        try (var ignored = BearerToken.as(reader.accessToken())) {
            var first = client.list(20, 0).items().get(0);
            client.markRead(first.id());

            assertThat(client.unreadCount().count()).isEqualTo(1);
            assertThat(client.list(20, 0).items().get(0).readAt()).isNotNull();
        }
    }

    @Test
    void markingAllReadLeavesNoneUnread() {
        var reader = recipients.signUp("fr");
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        recipients.notify(priceAlert(NotificationKind.QUOTE, List.of(reader.id())));

        try (var ignored = BearerToken.as(reader.accessToken())) {
            client.markAllRead();

            assertThat(client.unreadCount().count()).isZero();
        }
    }

    @Test
    void answers404ForAnotherAccountsNotification() {
        var owner = recipients.signUp("fr");
        var other = recipients.signUp("fr");
        recipients.notify(priceAlert(PRICE_ALERT, List.of(owner.id())));
        UUID owners = list(owner).items().get(0).id();

        try (var ignored = BearerToken.as(other.accessToken())) {
            // a declarative client answers a 404 as a response rather than an exception
            assertThat(client.markRead(owners).code()).isEqualTo(404);
        }
        assertThat(list(owner).unread()).isEqualTo(1);
    }

    @Test
    void refusesABatchWithoutRecipientsWith400NamingTheField() {
        assertThatThrownBy(() -> recipients.notify(priceAlert(PRICE_ALERT, List.of())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "accountIds"));
    }

    @Test
    void refusesALinkOffTheSiteWith400NamingTheField() {
        var batch = priceAlert(PRICE_ALERT, List.of(UUID.randomUUID()));
        var offSite = new NotificationBatch(
                batch.eventId(),
                batch.kind(),
                batch.accountIds(),
                batch.subjectFr(),
                batch.subjectEn(),
                batch.bodyFr(),
                batch.bodyEn(),
                "//evil.example/phish");

        assertThatThrownBy(() -> recipients.notify(offSite))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "link"));
    }

    private NotificationView.Page list(Recipients.Recipient reader) {
        try (var ignored = BearerToken.as(reader.accessToken())) {
            return client.list(20, 0);
        }
    }
}
