package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Fills review-service's tables: invitations first (references point to them), then references,
 * then what hangs off references (used invitations, disputes, replies, reviewers), all in the
 * caller's transaction.
 */
final class ReviewLoader {

    private final Population population;
    private final Connection review;
    private final List<ReferencePlan> disputed = new ArrayList<>();
    private final List<Integer> disputedProviders = new ArrayList<>();
    private final List<ReferencePlan> replied = new ArrayList<>();
    private final List<Integer> repliedProviders = new ArrayList<>();
    private boolean checkedKeys;

    ReviewLoader(Population population, Connection review) {
        this.population = population;
        this.review = review;
    }

    void load(Phases phases) throws SQLException {
        int n = population.providers;
        // invitation and reference point at each other: without foreign-key checks (superuser) the used
        // invitations are written whole; otherwise they are completed once their references exist
        checkedKeys = Databases.checksForeignKeys(review);
        phases.run("review.invitation", () -> ProviderRows.copy(review, "invitation", """
                invitation (id, provider_id, email, token_hash, invited_by, expires_at, version, created_at,
                updated_at, used_at, reference_id)""", n, this::invitations));
        Indexes[] setAside = new Indexes[1];
        phases.run("review.reference", () -> {
            setAside[0] = Indexes.setAside(review, "reference");
            return ProviderRows.copy(review, "reference", ReferenceRows.COLUMNS, n, this::references);
        });
        phases.run("review.reference indexes", () -> setAside[0].rebuild());
        if (checkedKeys) {
            phases.run("review.invitation used", () -> update("""
                UPDATE invitation i
                   SET used_at = r.created_at, reference_id = r.id, updated_at = r.created_at, version = 1
                  FROM reference r
                 WHERE r.invitation_id = i.id"""));
        }
        phases.run("review.disputes+replies", this::disputesAndReplies);
        phases.run("review.reviewer", () -> update("""
                INSERT INTO reviewer (account_id, first_seen_at, last_write_at)
                SELECT author_account_id, min(created_at), max(coalesce(edited_at, created_at))
                  FROM reference GROUP BY author_account_id"""));
    }

    private void invitations(int i, CopyRows rows) throws SQLException {
        ProviderProfile provider = ProviderProfile.of(population, i);
        for (ReferencePlan ref : ReferencePlan.of(population, provider)) {
            if (ref.invited()) {
                rows.uuid(population.ids.uuid(Ids.INVITATION, ref.number()))
                        .uuid(population.providerId(i))
                        .text(Population.smeEmail(ref.sme()))
                        .raw(tokenHash(ref.number()))
                        .uuid(population.ownerId(i))
                        .time(ref.invitedAt().plusSeconds(30L * 86400))
                        .raw(checkedKeys ? 0 : 1)
                        .time(ref.invitedAt())
                        .time(checkedKeys ? ref.invitedAt() : ref.createdAt())
                        .time(checkedKeys ? null : ref.createdAt())
                        .uuid(checkedKeys ? null : population.ids.uuid(Ids.REFERENCE, ref.number()));
                rows.end();
            }
        }
    }

    /** Unique per reference; nobody holds the token it hashes, as for any invitation already used. */
    private String tokenHash(long number) {
        HexFormat hex = HexFormat.of();
        long a = Ids.mix(population.seed ^ number);
        return hex.toHexDigits(a)
                + hex.toHexDigits(Ids.mix(a))
                + hex.toHexDigits(Ids.mix(a + 1))
                + hex.toHexDigits(number);
    }

    private void references(int i, CopyRows rows) throws SQLException {
        ProviderProfile provider = ProviderProfile.of(population, i);
        UUID providerId = population.providerId(i);
        for (ReferencePlan ref : ReferencePlan.of(population, provider)) {
            ReferenceRows.write(population, providerId, ref, rows);
            if (ref.disputed()) {
                disputed.add(ref);
                disputedProviders.add(i);
            }
            if (ref.replied() && !ref.status().equals("WITHDRAWN")) {
                replied.add(ref);
                repliedProviders.add(i);
            }
        }
    }

    private long disputesAndReplies() throws SQLException {
        try (CopyRows rows = new CopyRows(review, """
                reference_dispute (id, reference_id, provider_id, opened_by, details, version, created_at, updated_at)""")) {
            for (int k = 0; k < disputed.size(); k++) {
                ReferencePlan ref = disputed.get(k);
                int provider = disputedProviders.get(k);
                var opened = ReferencePlan.between(
                        ref.updatedAt(),
                        population.now.minusSeconds(3600),
                        population.random(Ids.DISPUTE, ref.number()));
                rows.uuid(population.ids.uuid(Ids.DISPUTE, ref.number()))
                        .uuid(population.ids.uuid(Ids.REFERENCE, ref.number()))
                        .uuid(population.providerId(provider))
                        .uuid(population.ownerId(provider))
                        .text("Nous n'avons aucune trace de ce client dans notre facturation.")
                        .raw(0)
                        .time(opened)
                        .time(opened);
                rows.end();
            }
            rows.finish();
        }
        try (CopyRows rows = new CopyRows(review, """
                reference_reply (reference_id, provider_id, author_account_id, body, version, created_at, updated_at)""")) {
            for (int k = 0; k < replied.size(); k++) {
                ReferencePlan ref = replied.get(k);
                int provider = repliedProviders.get(k);
                var written = ReferencePlan.between(
                        ref.createdAt(),
                        population.now.minusSeconds(3600),
                        population.random(Ids.DISPUTE + 50, ref.number()));
                rows.uuid(population.ids.uuid(Ids.REFERENCE, ref.number()))
                        .uuid(population.providerId(provider))
                        .uuid(population.ownerId(provider))
                        .text(Texts.REPLIES.get(ref.rating() >= 4 ? 0 : ref.rating() == 3 ? 1 : 2))
                        .raw(0)
                        .time(written)
                        .time(written);
                rows.end();
            }
            rows.finish();
        }
        return (long) disputed.size() + replied.size();
    }

    private long update(String sql) throws SQLException {
        try (Statement statement = review.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
