package io.vetted.identity.mail;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/**
 * The account mails, in the account's language (French or English). They leave after the answer:
 * the time an SMTP server takes must not tell whether an address has an account.
 */
@Singleton
public class Mails {

    private final Mailer mailer;
    private final String siteUrl;
    private final ExecutorService executor;

    Mails(Mailer mailer, MailSettings settings, @Named(TaskExecutors.IO) ExecutorService executor) {
        this.mailer = mailer;
        this.siteUrl = settings.siteUrl().replaceAll("/+$", "");
        this.executor = executor;
    }

    public void verifyEmail(String to, String language, String token) {
        String link = link("/verify", token);
        send(
                to,
                language,
                "Confirmez votre adresse e-mail",
                "Confirm your email address",
                "Bienvenue sur Vetted. Pour activer votre compte, ouvrez ce lien dans les 24 heures :\n" + link
                        + "\n\nSi vous n'avez pas créé de compte, ignorez ce message.",
                "Welcome to Vetted. To activate your account, open this link within 24 hours:\n" + link
                        + "\n\nIf you did not create an account, ignore this message.");
    }

    public void alreadyRegistered(String to, String language) {
        String link = siteUrl + "/password/forgot";
        send(
                to,
                language,
                "Vous avez déjà un compte Vetted",
                "You already have a Vetted account",
                "Quelqu'un (peut-être vous) a voulu créer un compte avec cette adresse, qui en a déjà un. "
                        + "Mot de passe oublié ? " + link,
                "Someone (perhaps you) tried to sign up with this address, which already has an account. "
                        + "Forgot your password? " + link);
    }

    public void resetPassword(String to, String language, String token) {
        String link = link("/password/reset", token);
        send(
                to,
                language,
                "Réinitialisez votre mot de passe",
                "Reset your password",
                "Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n" + link
                        + "\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
                "To choose a new password, open this link within the hour:\n" + link
                        + "\n\nIf you did not ask for this, ignore this message: your password stays the same.");
    }

    public void signInLink(String to, String language, String token) {
        String link = link("/login/link", token);
        send(
                to,
                language,
                "Votre lien de connexion",
                "Your sign-in link",
                "Pour vous connecter sans mot de passe, ouvrez ce lien dans les 15 minutes (il ne sert qu'une fois) :\n"
                        + link
                        + "\n\nSi vous n'avez rien demandé, ignorez ce message : personne ne peut s'en servir sans"
                        + " accès à votre boîte mail.",
                "To sign in without your password, open this link within 15 minutes (it works once):\n" + link
                        + "\n\nIf you did not ask for this, ignore this message: nobody can use it without your mailbox.");
    }

    public void passwordChanged(String to, String language) {
        send(
                to,
                language,
                "Votre mot de passe a changé",
                "Your password was changed",
                "Le mot de passe de votre compte Vetted vient d'être changé et vos autres sessions ont été fermées. "
                        + "Si ce n'était pas vous, réinitialisez-le : " + siteUrl + "/password/forgot",
                "Your Vetted password was just changed and your other sessions were ended. "
                        + "If this was not you, reset it: " + siteUrl + "/password/forgot");
    }

    private String link(String path, String token) {
        return siteUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(String to, String language, String subjectFr, String subjectEn, String bodyFr, String bodyEn) {
        boolean english = "en".equals(language);
        executor.execute(
                () -> mailer.send(to, "Vetted · " + (english ? subjectEn : subjectFr), english ? bodyEn : bodyFr));
    }
}
