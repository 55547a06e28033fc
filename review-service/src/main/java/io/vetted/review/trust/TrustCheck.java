package io.vetted.review.trust;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.moderation.FlagKind;
import io.vetted.review.vendor.ProviderLinkage;
import io.vetted.review.vendor.VendorProvider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Vetted's own checks of a reference's author, made before the writing transaction (they call the
 * register, identity-service and vendor-service): fraud flags to raise, and whether the author is
 * "client verified by Vetted" — company active in the register under the SIREN given, mail domain
 * the company's own (its name, or a moderator's confirmation; never free mail), no linkage.
 */
@Singleton
public class TrustCheck {

    /** A flag to raise and its detail for moderators. */
    public record Finding(FlagKind kind, String detail) {}

    public record Verdict(
            List<Finding> flags,
            ClientCheck check,
            @Nullable String registeredName) {}

    private final CompanyRegister register;
    private final FreeMailDomains freeMail;
    private final CompanyDomains confirmedDomains;
    private final Linkage linkage;

    TrustCheck(CompanyRegister register, FreeMailDomains freeMail, CompanyDomains confirmedDomains, Linkage linkage) {
        this.register = register;
        this.freeMail = freeMail;
        this.confirmedDomains = confirmedDomains;
        this.linkage = linkage;
    }

    /** The author's registrable mail domain when it can identify a company, else null. */
    public @Nullable String companyDomain(String emailDomain) {
        return freeMail.isFree(emailDomain) ? null : Domains.registrable(emailDomain);
    }

    public boolean isFreeMail(String emailDomain) {
        return freeMail.isFree(emailDomain);
    }

    public Verdict check(
            VendorProvider provider, UUID author, String emailDomain, @Nullable String siren, String companyName) {
        return check(provider, author, emailDomain, siren, companyName, linkage.facts(provider.id()));
    }

    /** With the provider's linkage facts already fetched (empty when vendor-service could not give them). */
    public Verdict check(
            VendorProvider provider,
            UUID author,
            String emailDomain,
            @Nullable String siren,
            String companyName,
            Optional<ProviderLinkage> facts) {
        List<Finding> flags = new ArrayList<>();
        String domain = companyDomain(emailDomain);
        Linkage.Result linked = linkage.check(provider, author, domain, Instant.now(), facts);
        if (!linked.reasons().isEmpty()) {
            flags.add(new Finding(FlagKind.LINKED_ACCOUNTS, String.join("; ", linked.reasons())));
        }
        CompanyRegister.Lookup company = siren == null ? null : register.lookup(siren);
        ClientCheck check = company(siren, companyName, company, flags);
        if (check == null) {
            check = domain == null
                    ? ClientCheck.FREE_MAIL
                    : !CompanyNames.domainMatches(domain, company.names()) && !confirmedDomains.confirmed(siren, domain)
                            ? ClientCheck.DOMAIN_MISMATCH
                            : !linked.reasons().isEmpty()
                                    ? ClientCheck.LINKED
                                    : !linked.complete() ? ClientCheck.UNCHECKED : ClientCheck.VERIFIED;
        }
        return new Verdict(flags, check, company == null ? null : company.legalName());
    }

    /** The company part of the check; null when the company is fine and the domain decides. */
    private static @Nullable ClientCheck company(
            @Nullable String siren, String typedName, @Nullable CompanyRegister.Lookup company, List<Finding> flags) {
        if (siren == null || company == null) {
            return ClientCheck.NO_SIREN;
        }
        return switch (company.status()) {
            case UNAVAILABLE -> ClientCheck.UNCHECKED;
            case NOT_FOUND -> {
                flags.add(new Finding(
                        FlagKind.COMPANY_MISMATCH, "SIREN " + siren + " is not in the public company register"));
                yield ClientCheck.SIREN_NOT_FOUND;
            }
            case CEASED -> {
                flags.add(new Finding(
                        FlagKind.COMPANY_MISMATCH,
                        "The register says " + company.legalName() + " (SIREN " + siren + ") has ceased trading"));
                yield ClientCheck.COMPANY_CEASED;
            }
            case ACTIVE -> {
                if (CompanyNames.resemble(typedName, company.names())) {
                    yield null;
                }
                flags.add(new Finding(
                        FlagKind.COMPANY_MISMATCH,
                        "The register names SIREN " + siren + " \"" + company.legalName() + "\", not \"" + typedName
                                + "\""));
                yield ClientCheck.NAME_MISMATCH;
            }
        };
    }
}
