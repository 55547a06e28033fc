package io.vetted.identity.notice;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.Mailbox;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.notification.NotificationKind;
import io.vetted.support.auth.ServiceToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Other services' notices reach the account's mailbox in its language, once per notice id. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeApiTest implements IdentityTest {

    private static final String SECRET = "a-review-service-secret-for-notice-tests";

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("vetted.service-clients.review-service.secret", SECRET);
    }

    @Test
    void mailsANoticeInTheAccountsLanguageOnceHoweverOftenItIsSent() throws MessagingException {
        String email = uniqueEmail("auteur");
        UUID account = register(email, "en");
        var notice = notice();

        send(account, notice);
        send(account, notice);

        var mails = Mailbox.shared().awaitMessagesTo(email, 2);
        var notices =
                mails.stream().filter(m -> subject(m).contains("under review")).toList();
        assertThat(notices).hasSize(1);
        assertThat(subject(notices.get(0))).isEqualTo("Vetted · Your reference is under review");
    }

    @Test
    void mailsInFrenchByDefault() {
        String email = uniqueEmail("autrice");
        UUID account = register(email, null);

        send(account, notice());

        assertThat(Mailbox.shared().awaitMessagesTo(email, 2))
                .extracting(NoticeApiTest::subject)
                .contains("Vetted · Votre référence est en cours de vérification");
    }

    @Test
    void mailsTheLinkANoticeCarriesOfItsKind() throws Exception {
        String email = uniqueEmail("prestataire");
        UUID account = register(email, "en");

        send(account, linked("/providers/" + account + "/references"));

        var mail = Mailbox.shared().awaitMessagesTo(email, 2).stream()
                .filter(m -> subject(m).contains("new reference"))
                .findFirst()
                .orElseThrow();
        // quoted-printable: soft line breaks undone before looking for the link
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("/providers/" + account + "/references");
    }

    @Test
    void refusesALinkOffTheSiteWith400() {
        UUID account = register(uniqueEmail("prestataire"), "en");

        assertThatThrownBy(() -> send(account, linked("//ailleurs.example/piege")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    @Test
    void mailsAnAddressWithoutAnAccountInFrenchThenEnglishOnce() throws Exception {
        String email = uniqueEmail("cliente");
        var notice = addressNotice(email);

        sendToAddress(notice);
        sendToAddress(notice);

        var mail = Mailbox.shared().awaitMessagesTo(email, 1).get(0);
        assertThat(subject(mail)).isEqualTo("Vetted · Invitation à témoigner / Invitation to write a reference");
        assertThat(mail.getContent().toString()).contains("Bonjour", "---- English ----", "Hello");
        // the repeat was refused before any mail was queued, so the first mail is the only one
        assertThat(Mailbox.shared().messagesTo(email)).hasSize(1);
    }

    @Test
    void mailsAnAddressWithAnAccountInItsLanguage() throws Exception {
        String email = uniqueEmail("client");
        register(email, "en");

        sendToAddress(addressNotice(email.toUpperCase(java.util.Locale.ROOT)));

        assertThat(Mailbox.shared().awaitMessagesTo(email, 2))
                .extracting(NoticeApiTest::subject)
                .contains("Vetted · Invitation to write a reference")
                .noneMatch(subject -> subject.contains("témoigner"));
    }

    @Test
    void refusesAnAddressNoticeWithoutAValidAddressWith400() {
        assertThatThrownBy(() -> sendToAddress(addressNotice("pas-une-adresse")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    @Test
    void answers404ForAnAccountThatDoesNotExist() {
        assertThatThrownBy(() -> send(UUID.randomUUID(), notice()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    private UUID register(String email, String language) {
        Map<String, Object> body =
                new HashMap<>(Map.of("email", email, "password", PASSWORD, "role", "SME", "displayName", "Autrice"));
        if (language != null) {
            body.put("language", language);
        }
        http.toBlocking().exchange(HttpRequest.POST("/api/accounts", body));
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/accounts/verification",
                        Map.of("token", Mailbox.shared().tokenFor(email, "/verify"))));
        return auth.login(new LoginRequest(email, PASSWORD)).accountId();
    }

    private void send(UUID account, NoticeOperations.Notice notice) {
        String token = auth.serviceToken(new ServiceToken.Request("review-service", SECRET))
                .accessToken();
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/internal/accounts/" + account + "/notices", notice)
                        .bearerAuth(token));
    }

    private void sendToAddress(NoticeOperations.AddressNotice notice) {
        String token = auth.serviceToken(new ServiceToken.Request("review-service", SECRET))
                .accessToken();
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/internal/notices", notice).bearerAuth(token));
    }

    private static NoticeOperations.AddressNotice addressNotice(String email) {
        return new NoticeOperations.AddressNotice(
                UUID.randomUUID(),
                email,
                "Invitation à témoigner",
                "Invitation to write a reference",
                "Bonjour, Alpes Réseaux vous invite à témoigner.",
                "Hello, Alpes Réseaux invites you to write a reference.");
    }

    private static NoticeOperations.Notice notice() {
        return new NoticeOperations.Notice(
                UUID.randomUUID(),
                "Votre référence est en cours de vérification",
                "Your reference is under review",
                "Elle ne compte pas tant qu'un modérateur ne l'a pas examinée.",
                "It does not count until a moderator has looked at it.");
    }

    private static NoticeOperations.Notice linked(String link) {
        return new NoticeOperations.Notice(
                UUID.randomUUID(),
                "Une nouvelle référence sur Alpes Réseaux",
                "A new reference on Alpes Réseaux",
                "Un client a publié une nouvelle référence.",
                "A client published a new reference.",
                NotificationKind.REFERENCE,
                link);
    }

    private static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
