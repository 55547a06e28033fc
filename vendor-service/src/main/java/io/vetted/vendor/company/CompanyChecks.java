package io.vetted.vendor.company;

import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.document.Documents;
import io.vetted.vendor.notice.VerificationNotices;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.WebsiteDomains;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Providers ask for the moderator's half of a company verification; moderators decide. */
@Singleton
class CompanyChecks {

    private final CompanyCheckRepository checks;
    private final CompanyIdentityRepository identities;
    private final ProfileAccess access;
    private final Documents documents;
    private final ProviderRepository providers;
    private final VerificationNotices notices;

    CompanyChecks(
            CompanyCheckRepository checks,
            CompanyIdentityRepository identities,
            ProfileAccess access,
            Documents documents,
            ProviderRepository providers,
            VerificationNotices notices) {
        this.checks = checks;
        this.identities = identities;
        this.access = access;
        this.documents = documents;
        this.providers = providers;
        this.notices = notices;
    }

    @Transactional
    CompanyCheckResponse request(UUID providerId, CompanyCheckRequest request) {
        Provider provider = access.requireEditable(providerId);
        if (provider.siren() == null) {
            throw ApiProblems.unprocessable("siren", "declare the profile's SIREN before asking for its check");
        }
        if (identities.findById(providerId).map(CompanyIdentity::status).orElse(CompanyStatus.DECLARED)
                == CompanyStatus.VERIFIED) {
            throw ApiProblems.conflict("This company is already verified.");
        }
        if (!checks.findByProviderIdAndStatus(providerId, CheckStatus.PENDING).isEmpty()) {
            throw ApiProblems.conflict("A check of this company is already waiting for a moderator.");
        }
        String email = null;
        if (request.evidence() == CheckEvidence.KBIS) {
            if (request.documentId() == null) {
                throw ApiProblems.unprocessable("documentId", "a Kbis check needs the uploaded Kbis extract");
            }
            if (request.contactEmail() != null) {
                throw ApiProblems.unprocessable("contactEmail", "only a mail check names an address");
            }
        } else {
            email = domainAddress(provider, request.contactEmail());
        }
        documents.requireOwnedBy(providerId, request.documentId(), "documentId");
        CompanyCheck saved = checks.save(new CompanyCheck(
                UUID.randomUUID(),
                providerId,
                provider.siren(),
                request.evidence(),
                request.documentId(),
                email,
                request.note() == null ? "" : request.note().strip(),
                CheckStatus.PENDING,
                null,
                null,
                null,
                access.caller(),
                null,
                null,
                null));
        return CompanyCheckResponse.of(saved);
    }

    /**
     * Accepting is the moderator's half of the verification; the company is VERIFIED once the
     * register lists it as active too (at once, or when the register answers again).
     */
    @Transactional
    CompanyCheckResponse decide(UUID checkId, CompanyCheckDecision decision, UUID moderator) {
        CompanyCheck check =
                checks.findById(checkId).orElseThrow(() -> ApiProblems.notFound("No company check " + checkId));
        if (check.status() != CheckStatus.PENDING) {
            throw ApiProblems.conflict("This check was already closed (" + check.status() + ").");
        }
        boolean accepted = decision.outcome() == CompanyCheckDecision.Outcome.ACCEPTED;
        if (accepted) {
            CompanyIdentity identity = identities
                    .findById(check.providerId())
                    .filter(i -> i.siren().equals(check.siren()))
                    .orElseThrow(() -> ApiProblems.conflict("The profile's SIREN changed since this check was asked."));
            if (identity.registerState() == RegisterState.CLOSED
                    || identity.registerState() == RegisterState.NOT_FOUND) {
                throw ApiProblems.unprocessable(
                        "outcome", "the register does not list SIREN " + check.siren() + " as an active company");
            }
            identities.update(identity.checkedByModerator(moderator));
        }
        CompanyCheck decided = checks.update(check.decided(
                accepted ? CheckStatus.ACCEPTED : CheckStatus.REJECTED,
                decision.reason().strip(),
                moderator));
        documents.delete(check.documentId());
        providers
                .findById(check.providerId())
                .ifPresent(provider -> notices.companyCheckDecided(
                        provider, accepted, decision.reason().strip()));
        return CompanyCheckResponse.of(decided);
    }

    private static String domainAddress(Provider provider, String email) {
        if (email == null) {
            throw ApiProblems.unprocessable("contactEmail", "a mail check needs an address at the company's domain");
        }
        Optional<String> site = WebsiteDomains.registrable(provider.website());
        if (site.isEmpty()) {
            throw ApiProblems.unprocessable("contactEmail", "the profile has no website to compare the address with");
        }
        String domain = email.substring(email.lastIndexOf('@') + 1);
        if (!WebsiteDomains.ofHost(domain).equals(site)) {
            throw ApiProblems.unprocessable(
                    "contactEmail", "must be an address at the website's domain (" + site.get() + ")");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
