package io.vetted.review.trust;

import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceViews;
import io.vetted.review.vendor.ProviderRegistry;
import io.vetted.review.vendor.VendorProvider;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a reference's author again: after a substantive edit (PENDING), when a check could not
 * complete (UNCHECKED, retried for a week), or when a moderator confirmed the company's domain. The
 * calls to other services happen outside any transaction; the result is stored in one.
 */
@Singleton
public class Reverification {

    private static final Logger LOG = LoggerFactory.getLogger(Reverification.class);

    private final ReferenceChanges references;
    private final ProviderRegistry providers;
    private final TrustCheck trust;
    private final VerificationUpdates updates;
    private final ReferenceViews views;

    Reverification(
            ReferenceChanges references,
            ProviderRegistry providers,
            TrustCheck trust,
            VerificationUpdates updates,
            ReferenceViews views) {
        this.references = references;
        this.providers = providers;
        this.trust = trust;
        this.updates = updates;
        this.views = views;
    }

    public ReferenceResponse recheck(UUID id) {
        Reference reference = references.require(id);
        VendorProvider provider = providers.require(reference.providerId());
        var verdict = trust.check(
                provider,
                reference.authorAccountId(),
                reference.authorEmailDomain(),
                reference.company().siren(),
                reference.company().name());
        return views.one(updates.apply(id, verdict), true);
    }

    /** Rechecks up to {@code batch} due references, oldest check first; returns how many. */
    public int recheckDue(int batch) {
        int done = 0;
        for (UUID id : updates.due(batch)) {
            try {
                recheck(id);
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Reference {} could not be checked again: {}", id, e.getMessage());
                updates.postpone(id);
            }
        }
        return done;
    }
}
