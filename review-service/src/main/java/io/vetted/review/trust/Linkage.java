package io.vetted.review.trust;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.review.vendor.ProviderLinkage;
import io.vetted.review.vendor.VendorLinkage;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.auth.ServiceTokenProvider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs that an author is the provider under another account: a network address or device shared
 * with any account of its team (identity-service), a mail domain that was the provider's website
 * recently, or a reference written minutes after the provider changed its website
 * (vendor-service). {@code complete} is false when a service could not answer.
 */
@Singleton
class Linkage {

    private static final Logger LOG = LoggerFactory.getLogger(Linkage.class);

    record Result(List<String> reasons, boolean complete) {}

    private final VendorLinkage vendor;
    private final IdentityLinkageClient identity;
    private final ServiceTokenProvider tokens;
    private final TrustConfiguration config;

    Linkage(
            VendorLinkage vendor,
            IdentityLinkageClient identity,
            ServiceTokenProvider tokens,
            TrustConfiguration config) {
        this.vendor = vendor;
        this.identity = identity;
        this.tokens = tokens;
        this.config = config;
    }

    Optional<ProviderLinkage> facts(UUID providerId) {
        return vendor.of(providerId);
    }

    Result check(
            VendorProvider provider,
            UUID author,
            @Nullable String authorDomain,
            Instant now,
            Optional<ProviderLinkage> context) {
        List<String> reasons = new ArrayList<>();
        Set<UUID> team = new LinkedHashSet<>();
        team.add(provider.ownerAccountId());
        context.ifPresent(c -> team.addAll(c.team()));
        team.remove(author);
        boolean identityAnswered = shared(author, List.copyOf(team), reasons);
        context.ifPresent(c -> websites(c, authorDomain, now, reasons));
        return new Result(reasons, context.isPresent() && identityAnswered);
    }

    private boolean shared(UUID author, List<UUID> team, List<String> reasons) {
        if (team.isEmpty()) {
            return true;
        }
        try {
            var answer = identity.matches("Bearer " + tokens.token(), new IdentityLinkageClient.Query(author, team));
            if (answer != null && answer.matches() != null) {
                for (var match : answer.matches()) {
                    reasons.add("The author signed in from the same "
                            + String.join(" and ", match.signals()).toLowerCase(Locale.ROOT)
                            + " as account " + match.accountId() + " of the provider's team");
                }
            }
            return true;
        } catch (HttpClientResponseException e) {
            if (e.code() == 401) {
                tokens.invalidate();
            }
            LOG.warn("identity-service refused the linkage check: {}", e.getStatus());
            return false;
        } catch (HttpClientException e) {
            LOG.warn("identity-service is unavailable for the linkage check: {}", e.getMessage());
            return false;
        }
    }

    private void websites(ProviderLinkage context, @Nullable String authorDomain, Instant now, List<String> reasons) {
        Instant remembered = now.minus(config.domainMemory());
        Instant recent = now.minus(config.websiteChangeWindow());
        List<ProviderLinkage.WebsiteDomain> domains = context.domains();
        for (int i = 0; i < domains.size(); i++) {
            var domain = domains.get(i);
            boolean current = domain.until() == null;
            if (authorDomain != null
                    && authorDomain.equals(Domains.registrable(domain.domain()))
                    && (current || domain.until().isAfter(remembered))) {
                reasons.add("The author's mail domain " + authorDomain + " was the provider's website domain "
                        + (current ? "until now" : "until " + domain.until()));
            }
            boolean changedRecently =
                    (i > 0 && domain.from() != null && domain.from().isAfter(recent))
                            || (domain.until() != null && domain.until().isAfter(recent));
            if (changedRecently && reasons.stream().noneMatch(r -> r.startsWith("Written"))) {
                reasons.add("Written "
                        + Duration.between(domain.until() != null ? domain.until() : domain.from(), now)
                                .toMinutes()
                        + " minutes after the provider changed its website");
            }
        }
    }
}
