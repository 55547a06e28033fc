package io.vetted.vendor.team;

import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The owner invites colleagues by email; the account holding that email (identity-service
 * verified it) accepts and joins the team. Members see the team; only the owner changes it,
 * except that a member may leave.
 */
@Singleton
class TeamService {

    private static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

    private final ProviderRepository providers;
    private final TeamMemberRepository members;
    private final TeamInvitationRepository invitations;
    private final ProfileAccess access;
    private final CurrentUser currentUser;
    private final TeamInvitationMails mails;

    TeamService(
            ProviderRepository providers,
            TeamMemberRepository members,
            TeamInvitationRepository invitations,
            ProfileAccess access,
            CurrentUser currentUser,
            TeamInvitationMails mails) {
        this.providers = providers;
        this.members = members;
        this.invitations = invitations;
        this.access = access;
        this.currentUser = currentUser;
        this.mails = mails;
    }

    @Transactional
    TeamPayloads.Team team(UUID providerId) {
        Provider provider = access.requireEditable(providerId);
        return new TeamPayloads.Team(
                provider.id(),
                provider.ownerAccountId(),
                members.findByProviderIdOrderByAddedAt(providerId).stream()
                        .map(TeamPayloads.Member::of)
                        .toList(),
                invitations.findByProviderIdOrderByCreatedAt(providerId).stream()
                        .map(i -> view(i, provider))
                        .toList());
    }

    @Transactional
    TeamPayloads.Invitation invite(UUID providerId, String email) {
        Provider provider = requireOwner(providerId);
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (invitations.existsByProviderIdAndEmail(providerId, normalised)) {
            throw ApiProblems.conflict("This address is already invited");
        }
        TeamInvitation saved = invitations.save(new TeamInvitation(
                null,
                providerId,
                normalised,
                access.caller(),
                Instant.now().plus(INVITATION_LIFETIME),
                null,
                null,
                null));
        mails.invited(saved, provider.name());
        return view(saved, provider);
    }

    @Transactional
    void withdraw(UUID providerId, UUID invitationId) {
        requireOwner(providerId);
        TeamInvitation invitation = invitations
                .findById(invitationId)
                .filter(i -> i.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblems.notFound("No such invitation"));
        invitations.delete(invitation);
    }

    @Transactional
    void remove(UUID providerId, UUID accountId) {
        Provider provider = access.requireEditable(providerId);
        UUID caller = access.caller();
        if (!caller.equals(provider.ownerAccountId()) && !caller.equals(accountId)) {
            throw ApiProblems.forbidden("Only the owner removes other members");
        }
        TeamMember member = members.findById(accountId)
                .filter(m -> m.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblems.notFound("No such member"));
        members.delete(member);
    }

    @Transactional
    List<TeamPayloads.Invitation> mine() {
        return invitations.findByEmailAndExpiresAtGreaterThan(callerEmail(), Instant.now()).stream()
                .map(i -> view(i, providers.findById(i.providerId()).orElseThrow()))
                .toList();
    }

    @Transactional
    void accept(UUID invitationId) {
        UUID caller = access.caller();
        TeamInvitation invitation = invitations
                .findById(invitationId)
                .filter(i -> i.email().equals(callerEmail()) && i.expiresAt().isAfter(Instant.now()))
                .orElseThrow(() -> ApiProblems.notFound("No such invitation for this account"));
        if (providers.findByOwnerAccountId(caller).isPresent() || members.existsById(caller)) {
            throw ApiProblems.unprocessable("invitationId", "this account already acts for a provider profile");
        }
        String name = currentUser.attribute("name").orElse(invitation.email());
        members.save(new TeamMember(
                caller,
                invitation.providerId(),
                name.length() > 120 ? name.substring(0, 120) : name,
                invitation.email(),
                Instant.now()));
        invitations.delete(invitation);
    }

    private Provider requireOwner(UUID providerId) {
        Provider provider = access.requireEditable(providerId);
        if (!provider.ownerAccountId().equals(access.caller())) {
            throw ApiProblems.forbidden("Only the profile's owner manages its team");
        }
        return provider;
    }

    private String callerEmail() {
        return currentUser
                .attribute("email")
                .map(e -> e.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ApiProblems.forbidden("This token has no email"));
    }

    private static TeamPayloads.Invitation view(TeamInvitation invitation, Provider provider) {
        return new TeamPayloads.Invitation(
                invitation.id(), provider.id(), provider.name(), invitation.email(), invitation.expiresAt());
    }
}
