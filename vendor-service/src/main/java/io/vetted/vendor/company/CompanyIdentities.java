package io.vetted.vendor.company;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.vendor.document.Documents;
import io.vetted.vendor.provider.Provider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The company behind each profile: reset on every SIREN change, then vouched for by the register and a moderator. */
@Singleton
public class CompanyIdentities {

    private final CompanyIdentityRepository identities;
    private final CompanyCheckRepository checks;
    private final Documents documents;
    private final ApplicationEventPublisher<RegisterCheckRequested> events;

    CompanyIdentities(
            CompanyIdentityRepository identities,
            CompanyCheckRepository checks,
            Documents documents,
            ApplicationEventPublisher<RegisterCheckRequested> events) {
        this.identities = identities;
        this.checks = checks;
        this.documents = documents;
        this.events = events;
    }

    /**
     * Called in the transaction that changes a provider's SIREN: what was checked about the old
     * one no longer says anything, and the register is asked about the new one after commit.
     */
    @Transactional
    public void sirenChanged(UUID providerId, @Nullable String previous, @Nullable String current) {
        if (Objects.equals(previous, current)) {
            return;
        }
        identities.deleteById(providerId);
        for (CompanyCheck pending : checks.findByProviderIdAndStatus(providerId, CheckStatus.PENDING)) {
            checks.update(pending.decided(CheckStatus.SUPERSEDED, null, null));
            documents.delete(pending.documentId());
        }
        if (current != null) {
            identities.save(CompanyIdentity.declared(providerId, current));
            events.publishEvent(new RegisterCheckRequested(providerId));
        }
    }

    /** A moderator looked at evidence for this SIREN (a check or a contest decided): one of the two vouchers. */
    @Transactional
    public void checkedByModerator(UUID providerId, String siren, UUID moderator) {
        identities
                .findById(providerId)
                .filter(identity -> identity.siren().equals(siren))
                .ifPresent(identity -> identities.update(identity.checkedByModerator(moderator)));
    }

    @ReadOnly
    @Nullable
    public CompanyResponse view(Provider provider, boolean forOwner) {
        if (provider.siren() == null) {
            return null;
        }
        CompanyIdentity identity = identities
                .findById(provider.id())
                .filter(i -> i.siren().equals(provider.siren()))
                .orElse(CompanyIdentity.declared(provider.id(), provider.siren()));
        boolean verified = identity.status() == CompanyStatus.VERIFIED;
        CompanyResponse.OwnerView owner = null;
        if (forOwner) {
            List<CompanyCheckResponse> requested = checks.findByProviderIdOrderByCreatedAtDesc(provider.id()).stream()
                    .map(CompanyCheckResponse::of)
                    .toList();
            owner = new CompanyResponse.OwnerView(
                    identity.registerState(),
                    identity.registerName(),
                    identity.registerCheckedAt(),
                    CompanyNames.match(provider.name(), identity.registerName()),
                    identity.moderatorCheckedAt(),
                    requested);
        }
        return new CompanyResponse(
                identity.siren(),
                identity.status(),
                verified ? identity.registerName() : null,
                identity.verifiedAt(),
                owner);
    }
}
