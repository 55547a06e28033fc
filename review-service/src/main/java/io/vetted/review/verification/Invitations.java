package io.vetted.review.verification;

import io.vetted.review.limits.Activity;
import io.vetted.review.limits.DailyLimits;
import io.vetted.review.notice.InvitationMails;
import io.vetted.review.reference.ReferenceConfiguration;
import io.vetted.review.vendor.Membership;
import io.vetted.review.vendor.ProviderRegistry;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Invitations: single-use, expiring, bound to one email address. A reference written through one
 * is labelled "invited by provider".
 */
@Singleton
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final Membership membership;
    private final ProviderRegistry providers;
    private final ReferenceConfiguration config;
    private final DailyLimits limits;
    private final InvitationMails mails;

    Invitations(
            InvitationRepository invitations,
            Membership membership,
            ProviderRegistry providers,
            ReferenceConfiguration config,
            DailyLimits limits,
            InvitationMails mails) {
        this.invitations = invitations;
        this.mails = mails;
        this.membership = membership;
        this.providers = providers;
        this.config = config;
        this.limits = limits;
    }

    /** Stores the invitation and queues its mail in one transaction: never one without the other. */
    @Transactional
    InvitationResponse invite(UUID providerId, UUID caller, String email) {
        membership.requireMember(providerId, caller);
        limits.take(caller, Activity.INVITATION);
        return store(providerId, caller, email.strip().toLowerCase(Locale.ROOT));
    }

    private InvitationResponse store(UUID providerId, UUID caller, String email) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        Invitation saved = invitations.save(new Invitation(
                UUID.randomUUID(),
                providerId,
                email,
                hash(token),
                caller,
                now.plus(config.invitationLifetime()),
                null,
                null,
                null,
                null,
                null));
        mails.invited(saved.id(), email, providers.require(providerId).name(), token, saved.expiresAt());
        return InvitationResponse.of(saved, now, token);
    }

    List<InvitationResponse> list(UUID providerId, UUID caller) {
        membership.requireMember(providerId, caller);
        Instant now = Instant.now();
        return invitations.findByProviderIdOrderByCreatedAtDesc(providerId).stream()
                .map(i -> InvitationResponse.of(i, now, null))
                .toList();
    }

    InvitationResponse.Preview preview(String token) {
        Invitation invitation = invitations
                .findByTokenHash(hash(token))
                .orElseThrow(() -> ApiProblems.notFound("This invitation link is not valid"));
        VendorProvider provider = providers.require(invitation.providerId());
        return new InvitationResponse.Preview(
                provider.id(),
                provider.name(),
                hint(invitation.email()),
                invitation.status(Instant.now()),
                invitation.expiresAt());
    }

    /**
     * Checks and locks the invitation a new reference is written through; the caller marks it used
     * once the reference exists, in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID claim(String token, UUID providerId, String authorEmail) {
        Invitation invitation = invitations
                .lockByTokenHash(hash(token))
                .filter(i -> i.providerId().equals(providerId))
                .orElseThrow(
                        () -> ApiProblems.unprocessable("invitationToken", "is not an invitation from this provider"));
        switch (invitation.status(Instant.now())) {
            case USED -> throw ApiProblems.unprocessable("invitationToken", "has already been used");
            case EXPIRED ->
                throw ApiProblems.unprocessable("invitationToken", "has expired; ask the provider for a new one");
            default -> {}
        }
        if (!invitation.email().equalsIgnoreCase(authorEmail)) {
            throw ApiProblems.unprocessable(
                    "invitationToken", "was sent to another email address; sign in with the address that received it");
        }
        return invitation.id();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markUsed(UUID invitationId, UUID referenceId) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow();
        invitations.update(invitation.used(referenceId, Instant.now()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hint(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "•••" + email.substring(at);
    }
}
