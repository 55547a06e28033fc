package io.vetted.vendor.contest;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.company.CompanyNumbers;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.document.Documents;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Opening a contest of a taken SIREN, the holder's answer, and each side's view of its contests. */
@Singleton
public class Contests {

    private final ContestRepository contests;
    private final ProviderRepository providers;
    private final ProfileAccess access;
    private final Documents documents;

    Contests(ContestRepository contests, ProviderRepository providers, ProfileAccess access, Documents documents) {
        this.contests = contests;
        this.providers = providers;
        this.access = access;
        this.documents = documents;
    }

    @Transactional
    ContestResponse open(UUID claimantId, ContestRequest request) {
        Provider claimant = access.requireEditable(claimantId);
        String siren = CompanyNumbers.normalize(request.siren());
        Provider holder = providers
                .findBySiren(siren)
                .orElseThrow(() -> ApiProblems.unprocessable(
                        "siren", "no profile holds this SIREN: set it on your profile's identity instead"));
        if (holder.id().equals(claimantId)) {
            throw ApiProblems.unprocessable("siren", "this profile already holds this SIREN");
        }
        contests.findFirstBySirenAndClaimantProviderIdAndWinnerOrderByDecidedAtDesc(
                        siren, claimantId, ContestSide.HOLDER)
                .ifPresent(lost -> {
                    throw ApiProblems.conflict("A moderator decided on "
                            + DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    lost.decidedAt().atZone(ZoneId.of("Europe/Paris")))
                            + " that this SIREN belongs to another profile: " + lost.decisionReason());
                });
        boolean alreadyOpen = contests.findBySirenAndStatus(siren, ContestStatus.OPEN).stream()
                .anyMatch(c -> c.claimantProviderId().equals(claimantId));
        if (alreadyOpen) {
            throw ApiProblems.conflict("This profile already contests this SIREN; a moderator will decide.");
        }
        documents.requireOwnedBy(claimantId, request.documentId(), "documentId");
        SirenContest saved = contests.save(new SirenContest(
                UUID.randomUUID(),
                siren,
                holder.id(),
                claimant.id(),
                request.statement().strip(),
                request.documentId(),
                null,
                null,
                null,
                ContestStatus.OPEN,
                null,
                null,
                null,
                null,
                access.caller(),
                null,
                null,
                null));
        return view(saved, ContestSide.CLAIMANT, holder);
    }

    @Transactional
    ContestResponse answer(UUID contestId, ContestAnswer answer) {
        SirenContest contest =
                contests.findById(contestId).orElseThrow(() -> ApiProblems.notFound("No SIREN contest " + contestId));
        Provider holder = access.requireEditable(contest.holderProviderId());
        if (contest.status() != ContestStatus.OPEN) {
            throw ApiProblems.conflict("This contest is closed (" + contest.status() + ").");
        }
        documents.requireOwnedBy(holder.id(), answer.documentId(), "documentId");
        if (contest.holderDocumentId() != null && !contest.holderDocumentId().equals(answer.documentId())) {
            documents.delete(contest.holderDocumentId());
        }
        SirenContest saved = contests.update(contest.answered(answer.statement().strip(), answer.documentId()));
        return view(
                saved,
                ContestSide.HOLDER,
                providers.findById(saved.claimantProviderId()).orElseThrow());
    }

    /** The contests a profile is part of, on either side, newest first (for its own accounts). */
    @ReadOnly
    public List<ContestResponse> involving(UUID providerId) {
        List<SirenContest> mine = contests.involving(providerId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<UUID, Provider> others = providers
                .findByIdIn(mine.stream()
                        .flatMap(c -> Stream.of(c.holderProviderId(), c.claimantProviderId()))
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Provider::id, Function.identity()));
        return mine.stream()
                .map(c -> c.claimantProviderId().equals(providerId)
                        ? view(c, ContestSide.CLAIMANT, others.get(c.holderProviderId()))
                        : view(c, ContestSide.HOLDER, others.get(c.claimantProviderId())))
                .toList();
    }

    static ContestResponse view(SirenContest c, ContestSide side, Provider other) {
        return new ContestResponse(
                c.id(),
                c.siren(),
                side,
                other.id(),
                other.name(),
                side == ContestSide.CLAIMANT
                        ? c.claimantStatement()
                        : c.holderStatement() == null ? "" : c.holderStatement(),
                c.holderAnsweredAt() != null,
                c.status(),
                c.winner(),
                c.decisionReason(),
                c.createdAt(),
                c.decidedAt());
    }
}
