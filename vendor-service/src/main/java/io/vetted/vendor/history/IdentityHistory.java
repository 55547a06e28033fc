package io.vetted.vendor.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.WebsiteDomains;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Keeps every change of who a provider is; public, and flagged for moderators, once the profile was published. */
@Singleton
public class IdentityHistory {

    private final IdentityChangeRepository changes;

    IdentityHistory(IdentityChangeRepository changes) {
        this.changes = changes;
    }

    /** Records what an owner's edit changed; on a profile ever published each change waits for a moderator. */
    @Transactional
    public void recordEdit(Provider before, Provider after, UUID by) {
        ReviewStatus review = before.everPublished() ? ReviewStatus.PENDING : null;
        record(before, IdentityField.NAME, before.name(), after.name(), by, review);
        record(before, IdentityField.SIREN, before.siren(), after.siren(), by, review);
        record(before, IdentityField.WEBSITE, before.website(), after.website(), by, review);
    }

    /** A moderator's own decision changed the SIREN: on record, nothing for another moderator to look at. */
    @Transactional
    public void recordDecision(Provider before, @Nullable String newSiren, UUID moderator) {
        record(before, IdentityField.SIREN, before.siren(), newSiren, moderator, null);
    }

    @ReadOnly
    public List<FormerIdentity> formerly(UUID providerId) {
        return changes.findByProviderIdAndShownPubliclyOrderByChangedAtDesc(providerId, true).stream()
                .map(c -> new FormerIdentity(c.field(), c.previousValue(), c.newValue(), c.changedAt()))
                .toList();
    }

    /** The website's registrable domains over time, newest last, keeping those still current at {@code since} or later. */
    @ReadOnly
    public List<DomainPeriod> websiteDomains(Provider provider, Instant since) {
        List<IdentityChange> websiteChanges =
                changes.findByProviderIdAndFieldOrderByChangedAt(provider.id(), IdentityField.WEBSITE);
        List<DomainPeriod> periods = new ArrayList<>();
        Instant from = null;
        for (IdentityChange change : websiteChanges) {
            if (change.previousDomain() != null && change.changedAt().isAfter(since)) {
                periods.add(new DomainPeriod(change.previousDomain(), from, change.changedAt()));
            }
            from = change.changedAt();
        }
        Instant start = from;
        WebsiteDomains.registrable(provider.website())
                .ifPresent(current -> periods.add(new DomainPeriod(current, start, null)));
        return periods;
    }

    @ReadOnly
    @Nullable
    public Instant lastWebsiteChange(UUID providerId) {
        List<IdentityChange> websiteChanges =
                changes.findByProviderIdAndFieldOrderByChangedAt(providerId, IdentityField.WEBSITE);
        return websiteChanges.isEmpty()
                ? null
                : websiteChanges.get(websiteChanges.size() - 1).changedAt();
    }

    private void record(
            Provider before,
            IdentityField field,
            @Nullable String previous,
            @Nullable String current,
            UUID by,
            @Nullable ReviewStatus review) {
        if (Objects.equals(previous, current)) {
            return;
        }
        boolean website = field == IdentityField.WEBSITE;
        changes.save(new IdentityChange(
                UUID.randomUUID(),
                before.id(),
                field,
                previous,
                current,
                website ? WebsiteDomains.registrable(previous).orElse(null) : null,
                website ? WebsiteDomains.registrable(current).orElse(null) : null,
                before.everPublished(),
                by,
                Instant.now(),
                review,
                null,
                null,
                null,
                null));
    }
}
