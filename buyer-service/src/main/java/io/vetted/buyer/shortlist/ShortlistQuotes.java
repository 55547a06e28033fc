package io.vetted.buyer.shortlist;

import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.UUID;

/** What quote requests may ask of and change in shortlists; they run in the caller's transaction. */
@Singleton
public class ShortlistQuotes {

    private final ShortlistRepository lists;
    private final ShortlistEntryRepository entries;

    ShortlistQuotes(ShortlistRepository lists, ShortlistEntryRepository entries) {
        this.lists = lists;
        this.entries = entries;
    }

    /** @throws org.zalando.problem.ThrowableProblem 404 for another account's (or no) shortlist */
    public void requireOwned(UUID shortlistId, UUID account) {
        if (lists.findByIdAndAccountId(shortlistId, account).isEmpty()) {
            throw ApiProblems.notFound("No shortlist with id " + shortlistId + " on your account");
        }
    }

    public boolean isOnList(UUID shortlistId, UUID providerId) {
        return entries.findByShortlistIdAndProviderId(shortlistId, providerId).isPresent();
    }

    public void markRequested(UUID shortlistId, UUID providerId) {
        entries.findByShortlistIdAndProviderId(shortlistId, providerId)
                .ifPresent(e -> entries.update(e.changed(e.note(), EntryStatus.QUOTE_REQUESTED, null)));
    }

    /** Only an entry still waiting moves on: a provider the buyer since rejected or chose stays so. */
    public void markReceived(UUID shortlistId, UUID providerId) {
        entries.findByShortlistIdAndProviderId(shortlistId, providerId)
                .filter(e -> e.status() == EntryStatus.QUOTE_REQUESTED)
                .ifPresent(e -> entries.update(e.changed(e.note(), EntryStatus.QUOTE_RECEIVED, null)));
    }
}
