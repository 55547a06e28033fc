package io.vetted.review.contact;

import io.vetted.review.limits.Activity;
import io.vetted.review.limits.DailyLimits;
import io.vetted.review.notice.ContactNotices;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceRepository;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
class ContactService {

    private final ContactRequestRepository requests;
    private final ReferenceChanges references;
    private final ReferenceRepository referenceRepository;
    private final DailyLimits limits;
    private final ContactNotices notices;

    ContactService(
            ContactRequestRepository requests,
            ReferenceChanges references,
            ReferenceRepository referenceRepository,
            DailyLimits limits,
            ContactNotices notices) {
        this.requests = requests;
        this.references = references;
        this.referenceRepository = referenceRepository;
        this.limits = limits;
        this.notices = notices;
    }

    @Transactional
    ContactRequestResponse ask(UUID referenceId, UUID requester, String requesterName, ContactRequests.Ask ask) {
        Reference reference = references.published(referenceId, "contacted");
        if (!reference.contactAllowed()) {
            throw ApiProblems.unprocessable("referenceId", "belongs to an author who does not accept contact requests");
        }
        if (reference.authorAccountId().equals(requester)) {
            throw ApiProblems.unprocessable("referenceId", "is your own reference");
        }
        limits.take(requester, Activity.CONTACT_REQUEST);
        if (requests.existsByReferenceIdAndRequesterAccountId(referenceId, requester)) {
            throw ApiProblems.conflict("You already asked this reference's author; see your contact requests.");
        }
        ContactRequest saved = requests.save(new ContactRequest(
                UUID.randomUUID(),
                referenceId,
                reference.authorAccountId(),
                requester,
                requesterName,
                ask.company().strip(),
                ask.message().strip(),
                ContactStatus.PENDING,
                null,
                null,
                null,
                null,
                null));
        notices.requested(reference.authorAccountId(), referenceId, reference.providerId(), requester);
        return view(saved, reference);
    }

    @Transactional
    ContactRequestResponse decide(UUID id, UUID author, ContactStatus decision, String contact) {
        ContactRequest request = requests.findById(id)
                .filter(r -> r.authorAccountId().equals(author))
                .orElseThrow(() -> ApiProblems.notFound("No contact request with id " + id + " on your references"));
        if (request.status() != ContactStatus.PENDING) {
            throw ApiProblems.conflict(
                    "This request was already " + request.status().name().toLowerCase(Locale.ROOT));
        }
        ContactRequest decided = requests.update(
                request.decided(decision, decision == ContactStatus.ACCEPTED ? contact.strip() : null, Instant.now()));
        Reference reference = references.require(decided.referenceId());
        notices.answered(
                decided.requesterAccountId(),
                reference.id(),
                reference.providerId(),
                author,
                decision == ContactStatus.ACCEPTED);
        return view(decided, reference);
    }

    @Transactional
    List<ContactRequestResponse> received(UUID author) {
        return views(requests.findByAuthorAccountIdOrderByCreatedAtDesc(author));
    }

    @Transactional
    List<ContactRequestResponse> sent(UUID requester) {
        return views(requests.findByRequesterAccountIdOrderByCreatedAtDesc(requester));
    }

    private List<ContactRequestResponse> views(List<ContactRequest> found) {
        Map<UUID, Reference> byId =
                referenceRepository
                        .findByIdIn(
                                found.stream().map(ContactRequest::referenceId).toList())
                        .stream()
                        .collect(Collectors.toMap(Reference::id, Function.identity()));
        return found.stream().map(r -> view(r, byId.get(r.referenceId()))).toList();
    }

    private static ContactRequestResponse view(ContactRequest r, Reference reference) {
        return new ContactRequestResponse(
                r.id(),
                r.referenceId(),
                reference.providerId(),
                reference.authorName(),
                reference.company().name(),
                r.requesterName(),
                r.requesterCompany(),
                r.message(),
                r.status(),
                r.status() == ContactStatus.ACCEPTED ? r.sharedContact() : null,
                r.createdAt(),
                r.decidedAt());
    }
}
