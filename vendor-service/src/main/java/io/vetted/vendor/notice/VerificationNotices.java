package io.vetted.vendor.notice;

import io.vetted.support.outbox.Outbox;
import io.vetted.vendor.provider.Provider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Tells a provider's owner a moderator's decision on what it declared (kind VERIFICATION): queued
 * in the outbox in the transaction of the decision, so a decision saved is told once and a refused
 * one never. The moderator is not the owner, so the actor is never told of their own decision.
 */
@Singleton
public class VerificationNotices {

    private final Outbox outbox;

    VerificationNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A compliance claim checked: verified, or left as the provider's own word. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claimReviewed(Provider provider, String topic, boolean verified) {
        String claim = topic.replace('_', ' ');
        queue(
                provider,
                verified ? "Déclaration « " + claim + " » vérifiée" : "Déclaration « " + claim + " » non vérifiée",
                verified ? "\"" + claim + "\" claim verified" : "\"" + claim + "\" claim not verified",
                verified
                        ? "Un modérateur de Vetted a vérifié la preuve de votre déclaration « " + claim
                                + " ». Elle est signalée comme vérifiée sur le profil de " + provider.name() + "."
                        : "Un modérateur de Vetted n'a pas pu vérifier la preuve de votre déclaration « " + claim
                                + " ». Elle reste affichée comme déclarée par " + provider.name()
                                + " ; complétez sa preuve pour une nouvelle vérification.",
                verified
                        ? "A Vetted moderator checked the evidence of your \"" + claim + "\" claim. It shows as"
                                + " verified on " + provider.name() + "'s profile."
                        : "A Vetted moderator could not verify the evidence of your \"" + claim + "\" claim. It"
                                + " still shows as declared by " + provider.name()
                                + "; complete its evidence for a new check.",
                "/my/provider/compliance");
    }

    /** A company check closed, with the reason the moderator gave the provider. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void companyCheckDecided(Provider provider, boolean accepted, String reason) {
        queue(
                provider,
                accepted ? "Vérification de votre entreprise acceptée" : "Vérification de votre entreprise refusée",
                accepted ? "Company check accepted" : "Company check refused",
                (accepted
                                ? "Un modérateur de Vetted a accepté la vérification de " + provider.name()
                                        + ". L'entreprise est vérifiée dès que le registre la confirme active."
                                : "Un modérateur de Vetted a refusé la vérification de " + provider.name() + ".")
                        + "\nMotif : " + reason,
                (accepted
                                ? "A Vetted moderator accepted the check of " + provider.name()
                                        + ". The company is verified as soon as the register confirms it is active."
                                : "A Vetted moderator refused the check of " + provider.name() + ".")
                        + "\nReason: " + reason,
                "/my/provider/company-check");
    }

    private void queue(
            Provider provider, String subjectFr, String subjectEn, String bodyFr, String bodyEn, String link) {
        outbox.enqueue(
                provider.id(),
                OwnerNotice.EVENT_TYPE,
                new OwnerNotice(
                        UUID.randomUUID(),
                        OwnerNotice.VERIFICATION,
                        List.of(provider.ownerAccountId()),
                        cut(subjectFr, 200),
                        cut(subjectEn, 200),
                        cut(bodyFr, 5000),
                        cut(bodyEn, 5000),
                        link));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
