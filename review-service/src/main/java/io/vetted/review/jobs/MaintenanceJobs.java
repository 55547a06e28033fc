package io.vetted.review.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.vetted.review.limits.DailyLimits;
import io.vetted.review.moderation.MembershipRecheck;
import io.vetted.review.moderation.ModerationDigest;
import io.vetted.review.moderation.SentenceBackfill;
import io.vetted.review.reputation.ReputationLedger;
import io.vetted.review.trust.Reverification;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic work, each on one replica per period ({@link Jobs}): every provider's reputation
 * recomputed (recency weights decay even when nobody writes), verifications that are due checked
 * again, expired throttling counts forgotten, moderators told of the cases waiting, team membership
 * checked for references written while vendor-service was down; and, whenever some are left, the
 * sentences of references written before near-duplicate detection indexed.
 */
@Singleton
@Requires(property = "vetted.jobs.enabled", notEquals = "false")
public class MaintenanceJobs {

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceJobs.class);
    private static final int PROVIDERS_PER_PAGE = 500;

    private final Jobs jobs;
    private final JobsConfiguration config;
    private final ReputationLedger reputation;
    private final Reverification verification;
    private final DailyLimits limits;
    private final SentenceBackfill sentences;
    private final ModerationDigest digest;
    private final MembershipRecheck membership;

    MaintenanceJobs(
            Jobs jobs,
            JobsConfiguration config,
            ReputationLedger reputation,
            Reverification verification,
            DailyLimits limits,
            SentenceBackfill sentences,
            ModerationDigest digest,
            MembershipRecheck membership) {
        this.jobs = jobs;
        this.config = config;
        this.reputation = reputation;
        this.verification = verification;
        this.limits = limits;
        this.sentences = sentences;
        this.digest = digest;
        this.membership = membership;
    }

    @Scheduled(
            fixedDelay = "${vetted.jobs.membership-recheck-period:1m}",
            initialDelay = "${vetted.jobs.membership-recheck-period:1m}")
    void recheckMembership() {
        try {
            if (jobs.claim("membership-recheck", config.membershipRecheckPeriod())) {
                membership.recheck();
            }
        } catch (RuntimeException e) {
            LOG.warn("Membership re-check failed; the next period retries: {}", e.getMessage());
        }
    }

    @Scheduled(
            fixedDelay = "${vetted.jobs.sentence-backfill-interval:30s}",
            initialDelay = "${vetted.jobs.sentence-backfill-initial-delay:5s}")
    void backfillSentences() {
        try {
            sentences.indexAll();
        } catch (RuntimeException e) {
            LOG.warn("Sentence backfill failed; the next pass retries: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelay = "${vetted.jobs.poll-interval:5m}", initialDelay = "${vetted.jobs.initial-delay:30s}")
    void tick() {
        try {
            if (jobs.claim("reputation-refresh", config.reputationPeriod())) {
                LOG.info("Daily reputation recompute: {} providers republished", refreshReputations());
                limits.purge();
            }
            if (jobs.claim("verification-recheck", config.verificationPeriod())) {
                verification.recheckDue(config.verificationBatch());
            }
            if (jobs.claim("moderation-digest", config.moderationDigestPeriod())) {
                LOG.info("Moderation digest: {} cases waiting", digest.send());
            }
        } catch (RuntimeException e) {
            LOG.warn("Maintenance pass failed; the next period retries: {}", e.getMessage());
        }
    }

    /** Every provider with a reputation, a page at a time, each in its own transaction. */
    public int refreshReputations() {
        int republished = 0;
        UUID after = new UUID(0, 0);
        List<UUID> page;
        do {
            page = reputation.providersAfter(after, PROVIDERS_PER_PAGE);
            for (UUID provider : page) {
                if (reputation.refresh(provider)) {
                    republished++;
                }
                after = provider;
            }
        } while (page.size() == PROVIDERS_PER_PAGE);
        return republished;
    }
}
