package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.vendor.Membership;
import io.vetted.review.vendor.ProviderRegistry;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.review.vendor.VendorUnavailableException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zalando.problem.ThrowableProblem;

/**
 * The team-membership checks skipped while vendor-service was down, done once it answers: a
 * reference whose author is not on the provider's team leaves the moderation queue, one whose
 * author is gets hidden. vendor-service is asked outside any transaction; a run stops at the first
 * question it still cannot answer, and the next run starts over.
 */
@Singleton
public class MembershipRecheck {

    private static final Logger LOG = LoggerFactory.getLogger(MembershipRecheck.class);
    private static final int PAGE = 100;

    private final MembershipOutcomes outcomes;
    private final ProviderRegistry providers;
    private final Membership membership;

    MembershipRecheck(MembershipOutcomes outcomes, ProviderRegistry providers, Membership membership) {
        this.outcomes = outcomes;
        this.providers = providers;
        this.membership = membership;
    }

    /** @return how many references this run settled */
    public int recheck() {
        int settled = 0;
        Instant afterTime = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        List<MembershipOutcomes.Pending> page;
        do {
            page = outcomes.pending(afterTime, afterId, PAGE);
            for (MembershipOutcomes.Pending pending : page) {
                Membership.Answer answer = ask(pending);
                if (answer == Membership.Answer.UNKNOWN) {
                    return logged(settled);
                }
                if (answer != null) {
                    boolean mine =
                            answer == Membership.Answer.MEMBER ? outcomes.member(pending) : outcomes.notMember(pending);
                    settled += mine ? 1 : 0;
                }
                afterTime = pending.createdAt();
                afterId = pending.flagId();
            }
        } while (page.size() == PAGE);
        return logged(settled);
    }

    /** @return null when the provider is no longer published: that flag is left to a moderator */
    @Nullable
    private Membership.Answer ask(MembershipOutcomes.Pending pending) {
        try {
            VendorProvider provider = providers.require(pending.providerId());
            return membership.of(provider, pending.authorId());
        } catch (VendorUnavailableException e) {
            return Membership.Answer.UNKNOWN;
        } catch (ThrowableProblem e) {
            LOG.info("Membership of reference {} left to moderators: {}", pending.referenceId(), e.getMessage());
            return null;
        }
    }

    private static int logged(int settled) {
        if (settled > 0) {
            LOG.info("Team membership checked after vendor-service recovered: {} references settled", settled);
        }
        return settled;
    }
}
