package io.vetted.buyer.shortlist;

import io.vetted.buyer.limits.LimitsConfiguration;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every lookup is by id and account together: another account's list answers 404, as if it did not exist. */
@Singleton
class ShortlistService {

    private final ShortlistRepository lists;
    private final ShortlistEntryRepository entries;
    private final LimitsConfiguration limits;

    ShortlistService(ShortlistRepository lists, ShortlistEntryRepository entries, LimitsConfiguration limits) {
        this.lists = lists;
        this.entries = entries;
        this.limits = limits;
    }

    @Transactional
    List<ShortlistPayloads.ShortlistView> all(UUID account) {
        List<Shortlist> found = lists.findByAccountIdOrderByCreatedAt(account);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ShortlistEntry>> byList =
                entries
                        .findByShortlistIdInOrderByCreatedAt(
                                found.stream().map(Shortlist::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(ShortlistEntry::shortlistId));
        return found.stream()
                .map(list -> view(list, byList.getOrDefault(list.id(), List.of())))
                .toList();
    }

    @Transactional
    ShortlistPayloads.ShortlistView one(UUID id, UUID account) {
        return view(require(id, account));
    }

    @Transactional
    ShortlistPayloads.ShortlistView create(UUID account, String name) {
        if (lists.countByAccountId(account) >= limits.shortlists()) {
            throw ApiProblems.conflict("You already keep " + limits.shortlists()
                    + " shortlists, the most an account may; delete one first.");
        }
        return view(lists.save(new Shortlist(UUID.randomUUID(), account, name.strip(), null, null, null, null, null)));
    }

    @Transactional
    ShortlistPayloads.ShortlistView rename(UUID id, UUID account, String name) {
        return view(lists.update(require(id, account).renamed(name.strip())));
    }

    @Transactional
    void delete(UUID id, UUID account) {
        lists.delete(require(id, account));
    }

    @Transactional
    ShortlistPayloads.ShortlistView add(UUID id, UUID account, ShortlistPayloads.NewEntry request) {
        Shortlist list = require(id, account);
        if (entries.findByShortlistIdAndProviderId(id, request.providerId()).isPresent()) {
            throw ApiProblems.conflict("This provider is already on this shortlist.");
        }
        if (entries.countByShortlistId(id) >= limits.entries()) {
            throw ApiProblems.conflict(
                    "This shortlist already holds " + limits.entries() + " providers, the most it may.");
        }
        entries.save(new ShortlistEntry(
                UUID.randomUUID(),
                id,
                request.providerId(),
                blankToNull(request.note()),
                EntryStatus.TO_CONTACT,
                null,
                null,
                null,
                null));
        return view(list);
    }

    @Transactional
    ShortlistPayloads.ShortlistView change(
            UUID id, UUID account, UUID providerId, ShortlistPayloads.EntryChange request) {
        Shortlist list = require(id, account);
        ShortlistEntry entry = requireEntry(id, providerId);
        String reason = blankToNull(request.rejectionReason());
        if (request.status() == EntryStatus.REJECTED && reason == null) {
            throw ApiProblems.unprocessable("rejectionReason", "is required to reject a provider");
        }
        entries.update(entry.changed(
                blankToNull(request.note()),
                request.status(),
                request.status() == EntryStatus.REJECTED ? reason : null));
        return view(list);
    }

    @Transactional
    void remove(UUID id, UUID account, UUID providerId) {
        require(id, account);
        entries.delete(requireEntry(id, providerId));
    }

    /** @return the new link's token, the only time it is seen */
    @Transactional
    String share(UUID id, UUID account) {
        String token = ShareTokens.generate();
        lists.update(require(id, account)
                .shared(ShareTokens.hash(token), Instant.now().truncatedTo(ChronoUnit.MICROS)));
        return token;
    }

    @Transactional
    void unshare(UUID id, UUID account) {
        lists.update(require(id, account).shared(null, null));
    }

    @Transactional
    ShortlistPayloads.SharedShortlist shared(String token) {
        Shortlist list = (token.length() > 100
                ? null
                : lists.findByShareTokenHash(ShareTokens.hash(token)).orElse(null));
        if (list == null) {
            throw ApiProblems.notFound("This link does not open a shortlist; its owner may have revoked it.");
        }
        return new ShortlistPayloads.SharedShortlist(
                list.name(),
                entriesOf(list.id()).stream()
                        .map(e -> new ShortlistPayloads.SharedEntry(e.providerId(), e.status()))
                        .toList());
    }

    private Shortlist require(UUID id, UUID account) {
        return lists.findByIdAndAccountId(id, account)
                .orElseThrow(() -> ApiProblems.notFound("No shortlist with id " + id + " on your account"));
    }

    private ShortlistEntry requireEntry(UUID id, UUID providerId) {
        return entries.findByShortlistIdAndProviderId(id, providerId)
                .orElseThrow(() -> ApiProblems.notFound("Provider " + providerId + " is not on this shortlist"));
    }

    private List<ShortlistEntry> entriesOf(UUID id) {
        return entries.findByShortlistIdInOrderByCreatedAt(List.of(id));
    }

    private ShortlistPayloads.ShortlistView view(Shortlist list) {
        return view(list, entriesOf(list.id()));
    }

    private static ShortlistPayloads.ShortlistView view(Shortlist list, List<ShortlistEntry> found) {
        return new ShortlistPayloads.ShortlistView(
                list.id(),
                list.name(),
                list.shareTokenHash() != null,
                list.sharedAt(),
                found.stream()
                        .map(e -> new ShortlistPayloads.Entry(
                                e.providerId(),
                                e.note(),
                                e.status(),
                                e.rejectionReason(),
                                e.createdAt(),
                                e.updatedAt()))
                        .toList(),
                list.createdAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
