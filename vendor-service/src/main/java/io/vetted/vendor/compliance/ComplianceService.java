package io.vetted.vendor.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.catalog.ComplianceTopic;
import io.vetted.vendor.notice.VerificationNotices;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.search.SearchIndex;
import io.vetted.vendor.watch.WatchEvents;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
public class ComplianceService {

    private final ClaimRepository claims;
    private final ProviderRepository providers;
    private final ProfileAccess access;
    private final SearchIndex search;
    private final WatchEvents watch;
    private final VerificationNotices notices;

    ComplianceService(
            ClaimRepository claims,
            ProviderRepository providers,
            ProfileAccess access,
            SearchIndex search,
            WatchEvents watch,
            VerificationNotices notices) {
        this.claims = claims;
        this.providers = providers;
        this.access = access;
        this.search = search;
        this.watch = watch;
        this.notices = notices;
    }

    @ReadOnly
    public List<ClaimResponse> claims(UUID providerId) {
        return claims.findByProviderId(providerId).stream()
                .sorted(Comparator.comparing(ComplianceClaim::topic))
                .map(ClaimResponse::of)
                .toList();
    }

    @Transactional
    public ClaimResponse declare(UUID providerId, ComplianceTopic topic, ClaimRequest request) {
        Provider provider = access.requireEditable(providerId);
        String detail = request.detail() == null ? "" : request.detail().strip();
        String evidence = request.evidence().strip();
        var existing = claims.findByProviderIdAndTopic(providerId, topic);
        ComplianceClaim saved;
        if (existing.isEmpty()) {
            if (request.version() != null) {
                throw ApiProblems.conflict("This claim was withdrawn in the meantime; reload and declare it again.");
            }
            saved = claims.save(new ComplianceClaim(
                    null,
                    providerId,
                    topic,
                    detail,
                    evidence,
                    ClaimStatus.SELF_DECLARED,
                    null,
                    null,
                    null,
                    null,
                    null));
        } else {
            ComplianceClaim claim = existing.get();
            if (request.version() == null) {
                throw ApiProblems.conflict("This claim already exists; send its version to change it.");
            }
            boolean unchanged =
                    claim.detail().equals(detail) && claim.evidence().equals(evidence);
            // what a moderator checked is no longer what is claimed once detail or evidence change
            saved = claims.update(new ComplianceClaim(
                    claim.id(),
                    providerId,
                    topic,
                    detail,
                    evidence,
                    unchanged ? claim.status() : ClaimStatus.SELF_DECLARED,
                    unchanged ? claim.verifiedBy() : null,
                    unchanged ? claim.verifiedAt() : null,
                    request.version(),
                    claim.createdAt(),
                    null));
            lostVerification(provider, claim, saved.status());
        }
        search.refresh(providerId);
        return ClaimResponse.of(saved);
    }

    @Transactional
    public void withdraw(UUID providerId, ComplianceTopic topic, long version) {
        Provider provider = access.requireEditable(providerId);
        ComplianceClaim claim = require(providerId, topic);
        if (!Objects.equals(claim.version(), version)) {
            throw ApiProblems.conflict("Someone else changed this claim in the meantime; reload and try again.");
        }
        claims.delete(claim);
        lostVerification(provider, claim, null);
        search.refresh(providerId);
    }

    @Transactional
    public ClaimResponse review(UUID providerId, ComplianceTopic topic, ClaimReview review, UUID moderator) {
        ComplianceClaim claim = require(providerId, topic);
        boolean verified = review.status() == ClaimStatus.VERIFIED;
        ComplianceClaim saved = claims.update(new ComplianceClaim(
                claim.id(),
                providerId,
                topic,
                claim.detail(),
                claim.evidence(),
                review.status(),
                verified ? moderator : null,
                verified ? Instant.now() : null,
                review.version(),
                claim.createdAt(),
                null));
        providers.findById(providerId).ifPresent(provider -> {
            lostVerification(provider, claim, review.status());
            notices.claimReviewed(provider, topic.name(), verified);
        });
        search.refresh(providerId);
        return ClaimResponse.of(saved);
    }

    @ReadOnly
    public List<ClaimResponse.Pending> pending(int limit) {
        List<ComplianceClaim> waiting = claims.findByStatus(
                ClaimStatus.SELF_DECLARED,
                Pageable.from(0, limit, Sort.of(Sort.Order.asc("updatedAt"), Sort.Order.asc("id"))));
        Map<UUID, Provider> owners =
                providers
                        .findByIdIn(waiting.stream()
                                .map(ComplianceClaim::providerId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Provider::id, Function.identity()));
        return waiting.stream()
                .map(c -> new ClaimResponse.Pending(
                        c.providerId(), owners.get(c.providerId()).name(), ClaimResponse.of(c)))
                .toList();
    }

    /** Buyers watching the provider hear of a verified claim that no longer is; {@code now} null once withdrawn. */
    private void lostVerification(Provider provider, ComplianceClaim before, @Nullable ClaimStatus now) {
        if (before.status() == ClaimStatus.VERIFIED && now != ClaimStatus.VERIFIED) {
            watch.claimUnverified(provider, before.topic().name());
        }
    }

    private ComplianceClaim require(UUID providerId, ComplianceTopic topic) {
        return claims.findByProviderIdAndTopic(providerId, topic)
                .orElseThrow(() -> ApiProblems.notFound("Provider " + providerId + " makes no " + topic + " claim"));
    }
}
