package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.trust.TrustCheck;
import io.vetted.review.vendor.ProviderRegistry;
import io.vetted.review.vendor.VendorLinkage;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Checks what needs vendor-service before the writing transaction opens, so none is held over HTTP. */
@Singleton
class ReferenceService {

    private final ProviderRegistry providers;
    private final VendorLinkage vendorLinkage;
    private final AuthorChecks checks;
    private final TrustCheck trust;
    private final ReferenceWriter writer;
    private final ReferenceRepository references;
    private final ReferenceQueries queries;
    private final ReferenceViews views;
    private final Revisions revisions;
    private final ObjectMapper json;

    ReferenceService(
            ProviderRegistry providers,
            VendorLinkage vendorLinkage,
            AuthorChecks checks,
            TrustCheck trust,
            ReferenceWriter writer,
            ReferenceRepository references,
            ReferenceQueries queries,
            ReferenceViews views,
            Revisions revisions,
            ObjectMapper json) {
        this.providers = providers;
        this.vendorLinkage = vendorLinkage;
        this.checks = checks;
        this.trust = trust;
        this.writer = writer;
        this.references = references;
        this.queries = queries;
        this.views = views;
        this.revisions = revisions;
        this.json = json;
    }

    ReferenceWriter.Written create(
            UUID providerId, Author author, ReferenceRequest request, @Nullable String idempotencyKey) {
        ReferenceContent content = ReferenceRules.content(request);
        VendorProvider provider = providers.require(providerId);
        // one call for the team and the website's domains: the membership check reads the same team
        var linkage = vendorLinkage.of(providerId);
        boolean membershipUnchecked =
                checks.refuseConflicts(provider, author.accountId(), author.emailDomain(), linkage);
        var verdict = trust.check(
                provider,
                author.accountId(),
                author.emailDomain(),
                content.company().siren(),
                content.company().name(),
                linkage);
        return writer.create(
                providerId,
                author,
                content,
                new ReferenceWriter.Checked(verdict, trust.companyDomain(author.emailDomain()), membershipUnchecked),
                request.invitationToken(),
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip(),
                hash(providerId, request));
    }

    ReferenceResponse edit(UUID id, UUID author, ReferenceRequest request) {
        if (request.version() == null) {
            throw ApiProblems.invalidField(HttpStatus.BAD_REQUEST, "version", "must be the version you edited");
        }
        return views.one(writer.edit(id, author, ReferenceRules.content(request), request.version()), true);
    }

    ReferenceResponse withdraw(UUID id, UUID author) {
        return views.one(writer.withdraw(id, author), true);
    }

    @ReadOnly
    ReferenceResponse.Page list(UUID providerId, ReferenceFilter filter, int page, int size) {
        return new ReferenceResponse.Page(
                views.all(queries.page(providerId, filter, page, size), false),
                queries.count(providerId, filter),
                page,
                size);
    }

    @ReadOnly
    ReferenceResponse get(UUID id, @Nullable UUID caller) {
        Reference reference = references
                .findById(id)
                .filter(r -> r.status() != ReferenceStatus.WITHDRAWN
                        || r.authorAccountId().equals(caller))
                .orElseThrow(() -> ApiProblems.notFound("No reference with id " + id));
        return views.one(reference, reference.authorAccountId().equals(caller));
    }

    @ReadOnly
    List<ReferenceResponse> mine(UUID author) {
        return views.all(references.findByAuthorAccountIdOrderByCreatedAtDesc(author), true);
    }

    /** Public while the reference shows (edits are tamper-evident); a hidden or withdrawn one's only to its author and moderators. */
    @ReadOnly
    List<RevisionResponse> revisions(UUID id, @Nullable UUID caller, boolean moderator) {
        Reference reference =
                references.findById(id).orElseThrow(() -> ApiProblems.notFound("No reference with id " + id));
        if (!reference.standing() && !moderator && !reference.authorAccountId().equals(caller)) {
            throw ApiProblems.notFound("No reference with id " + id);
        }
        return revisions.of(id);
    }

    private String hash(UUID providerId, ReferenceRequest request) {
        try {
            byte[] body = (providerId + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
