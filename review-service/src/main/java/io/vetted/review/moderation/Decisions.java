package io.vetted.review.moderation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.notice.AuthorNotices;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceViews;
import io.vetted.review.trust.CompanyDomains;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What moderators decide about references and replies, one at a time or in bulk for one provider:
 * each decision closes what it answers, is logged (history, metrics), tells the author, and changes
 * the reputation through the outbox — a bulk decision recomputes it once.
 */
@Singleton
public class Decisions {

    private final ReferenceChanges changes;
    private final ReferenceViews views;
    private final ReportRepository reports;
    private final ModerationCases cases;
    private final CompanyDomains companyDomains;
    private final JdbcOperations jdbc;
    private final MeterRegistry meters;
    private final AuthorNotices notices;

    Decisions(
            ReferenceChanges changes,
            ReferenceViews views,
            ReportRepository reports,
            ModerationCases cases,
            CompanyDomains companyDomains,
            JdbcOperations jdbc,
            MeterRegistry meters,
            AuthorNotices notices) {
        this.changes = changes;
        this.views = views;
        this.reports = reports;
        this.cases = cases;
        this.companyDomains = companyDomains;
        this.jdbc = jdbc;
        this.meters = meters;
        this.notices = notices;
    }

    @Transactional
    ReferenceResponse hide(UUID id, String reason, UUID moderator) {
        return views.one(hide(id, reason, moderator, true), true);
    }

    @Transactional
    ReferenceResponse restore(UUID id, UUID moderator) {
        Reference restored = changes.restore(id);
        resolveFlags(id);
        log(restored, "RESTORED", null, moderator);
        cases.refresh(id);
        return views.one(restored, true);
    }

    /** Closes the reference's reports and flags; a reference under review counts from now on. */
    @Transactional
    ReferenceResponse clear(UUID id, UUID moderator) {
        return views.one(clear(id, moderator, true, null), true);
    }

    @Transactional
    ModerationResponses.BulkResult bulk(UUID providerId, ModerationRequests.BulkDecision request, UUID moderator) {
        List<UUID> open = openCases(providerId);
        List<UUID> chosen = request.referenceIds() == null ? open : List.copyOf(request.referenceIds());
        for (UUID id : chosen) {
            if (!open.contains(id)) {
                throw ApiProblems.unprocessable(
                        "referenceIds", "names " + id + ", which is not an open case of this provider");
            }
        }
        List<UUID> decided = new ArrayList<>();
        for (UUID id : chosen) {
            if (request.action() == ModerationRequests.BulkAction.HIDE) {
                hide(id, request.reason(), moderator, false);
            } else {
                clear(id, moderator, false, request.reason());
            }
            decided.add(id);
        }
        if (!decided.isEmpty()) {
            changes.recompute(providerId);
        }
        return new ModerationResponses.BulkResult(decided.size(), decided);
    }

    @Transactional
    ReferenceResponse hideReply(UUID id, String reason, UUID moderator) {
        Reference reference = changes.require(id);
        int hidden = jdbc.prepareStatement("""
                UPDATE reference_reply SET hidden_at = now(), hidden_reason = ?, version = version + 1, updated_at = now()
                 WHERE reference_id = ?""", statement -> {
            statement.setString(1, reason.strip());
            statement.setObject(2, id);
            return statement.executeUpdate();
        });
        if (hidden == 0) {
            throw ApiProblems.unprocessable("referenceId", "has no reply to hide");
        }
        reports.resolveTarget(id, ModerationService.REPLY, "HIDDEN");
        log(reference, "REPLY_HIDDEN", reason, moderator);
        cases.refresh(id);
        return views.one(reference, true);
    }

    @Transactional
    ReferenceResponse restoreReply(UUID id, UUID moderator) {
        Reference reference = changes.require(id);
        int shown = jdbc.prepareStatement("""
                UPDATE reference_reply SET hidden_at = NULL, hidden_reason = NULL, version = version + 1, updated_at = now()
                 WHERE reference_id = ? AND hidden_at IS NOT NULL""", statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate();
        });
        if (shown == 0) {
            throw ApiProblems.unprocessable("referenceId", "has no hidden reply to restore");
        }
        log(reference, "REPLY_RESTORED", null, moderator);
        return views.one(reference, true);
    }

    /** The author's mail domain is the company's own: remembered for the company (its SIREN), once. */
    @Transactional
    void confirmDomain(UUID id, UUID moderator) {
        Reference reference = changes.require(id);
        String siren = reference.company().siren();
        String domain = reference.verification().companyDomain();
        if (siren == null || domain == null) {
            throw ApiProblems.unprocessable(
                    "referenceId",
                    "names no SIREN or was written from a free-mail address: there is no company domain"
                            + " to confirm");
        }
        companyDomains.confirm(siren, domain, moderator);
        log(reference, "DOMAIN_CONFIRMED", domain + " for SIREN " + siren, moderator);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void disputeDecided(UUID referenceId, DisputeOutcome outcome, String reason, UUID moderator) {
        Reference reference = changes.require(referenceId);
        if (outcome == DisputeOutcome.UPHELD) {
            hide(referenceId, reason, moderator, true);
        } else {
            changes.recompute(reference.providerId());
            notices.disputeRejected(reference.authorAccountId(), referenceId, reference.providerId(), moderator);
        }
        log(reference, "DISPUTE_" + outcome.name(), reason, moderator);
        cases.refresh(referenceId);
    }

    boolean hasVisibleReply(UUID referenceId) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM reference_reply WHERE reference_id = ? AND hidden_at IS NULL", statement -> {
                    statement.setObject(1, referenceId);
                    try (var row = statement.executeQuery()) {
                        return row.next();
                    }
                });
    }

    /** Records a decision for the history moderators see and the decisions-per-day metric. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void log(Reference reference, String action, @Nullable String reason, @Nullable UUID moderator) {
        jdbc.prepareStatement("""
                INSERT INTO moderation_decision (id, reference_id, provider_id, action, reason, moderator_id, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, now())""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, reference.id());
            statement.setObject(3, reference.providerId());
            statement.setString(4, action);
            statement.setString(5, reason == null ? null : reason.strip());
            statement.setObject(6, moderator);
            return statement.executeUpdate();
        });
        meters.counter("vetted.moderation.decisions", "action", action).increment();
    }

    /** {@code moderator} is null when Vetted decided itself ({@link MembershipOutcomes}). */
    Reference hide(UUID id, String reason, @Nullable UUID moderator, boolean recompute) {
        Reference hidden = changes.hide(id, reason, recompute);
        reports.resolveAll(id, "HIDDEN");
        resolveFlags(id);
        log(hidden, "HIDDEN", reason, moderator);
        cases.refresh(id);
        return hidden;
    }

    private Reference clear(UUID id, UUID moderator, boolean recompute, @Nullable String reason) {
        reports.resolveAll(id, "DISMISSED");
        resolveFlags(id);
        Reference cleared = changes.clear(id, recompute);
        log(cleared, "CLEARED", reason, moderator);
        cases.refresh(id);
        return cleared;
    }

    private List<UUID> openCases(UUID providerId) {
        return jdbc.prepareStatement(
                "SELECT reference_id FROM moderation_case WHERE provider_id = ? ORDER BY risk DESC, waiting_since",
                statement -> {
                    statement.setObject(1, providerId);
                    List<UUID> found = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return found;
                });
    }

    private void resolveFlags(UUID referenceId) {
        jdbc.prepareStatement(
                "UPDATE reference_flag SET resolved_at = now() WHERE reference_id = ? AND resolved_at IS NULL",
                statement -> {
                    statement.setObject(1, referenceId);
                    return statement.executeUpdate();
                });
    }
}
