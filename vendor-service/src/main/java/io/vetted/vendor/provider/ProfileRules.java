package io.vetted.vendor.provider;

import io.vetted.support.company.CompanyNumbers;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.catalog.FrenchAreas;
import io.vetted.vendor.catalog.IsoCodes;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The rules identity and delivery follow beyond their fields' formats; each failure names its field. */
@Singleton
class ProfileRules {

    /** A French company's founding year is a year in France. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final FrenchAreas areas;

    ProfileRules(FrenchAreas areas) {
        this.areas = areas;
    }

    // the arrays go as they are into Provider's text[] columns; nothing compares these records
    @SuppressWarnings("ArrayRecordComponent")
    record Identity(String siren, String siret, String departmentCode, String[] languages) {}

    Identity identity(IdentityRequest request) {
        if (request.yearFounded() != null
                && request.yearFounded() > LocalDate.now(PARIS).getYear()) {
            throw ApiProblems.unprocessable("yearFounded", "cannot be in the future");
        }
        if (request.website() != null
                && WebsiteDomains.registrable(request.website()).isEmpty()) {
            throw ApiProblems.unprocessable(
                    "website",
                    "must be a site under a registrable domain, like https://www.example.fr (not a bare suffix such"
                            + " as https://fr, nor a name under no public suffix such as https://test)");
        }
        String siren = blankToNull(CompanyNumbers.normalize(request.siren()));
        String siret = blankToNull(CompanyNumbers.normalize(request.siret()));
        if (siret != null && (siren == null || !siret.startsWith(siren))) {
            throw ApiProblems.unprocessable("siret", "must start with the profile's SIREN");
        }
        String department = null;
        if (request.postcode() != null) {
            department = areas.departmentOfPostcode(request.postcode());
            if (department == null) {
                throw ApiProblems.unprocessable("postcode", "is not a French postcode");
            }
        }
        List<String> languages = request.languages() == null ? List.of() : request.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (!IsoCodes.isLanguage(languages.get(i))) {
                throw ApiProblems.unprocessable("languages[" + i + "]", "is not an ISO 639-1 language code");
            }
        }
        return new Identity(
                siren, siret, department, languages.stream().distinct().sorted().toArray(String[]::new));
    }

    // the arrays go as they are into Provider's text[] columns; nothing compares these records
    @SuppressWarnings("ArrayRecordComponent")
    record Delivery(String[] regions, String[] departments, String offshoreCountry) {}

    Delivery delivery(DeliveryRequest request) {
        List<String> regions = request.onSiteRegions() == null ? List.of() : request.onSiteRegions();
        List<String> departments = request.onSiteDepartments() == null ? List.of() : request.onSiteDepartments();
        boolean onSite = request.deliveryModes().contains(DeliveryMode.ON_SITE);
        if (!onSite && !(regions.isEmpty() && departments.isEmpty())) {
            throw ApiProblems.unprocessable(
                    regions.isEmpty() ? "onSiteDepartments" : "onSiteRegions",
                    "only a provider working on site serves areas on site");
        }
        for (int i = 0; i < regions.size(); i++) {
            if (!areas.isRegion(regions.get(i))) {
                throw ApiProblems.unprocessable("onSiteRegions[" + i + "]", "is not a French region code");
            }
        }
        for (int i = 0; i < departments.size(); i++) {
            if (!areas.isDepartment(departments.get(i))) {
                throw ApiProblems.unprocessable("onSiteDepartments[" + i + "]", "is not a French department code");
            }
        }
        String offshore = request.offshoreCountry();
        if (offshore != null && (!IsoCodes.isCountry(offshore) || offshore.equals("FR"))) {
            throw ApiProblems.unprocessable("offshoreCountry", "must be the ISO code of a country other than France");
        }
        return new Delivery(
                regions.stream().distinct().sorted().toArray(String[]::new),
                departments.stream().distinct().sorted().toArray(String[]::new),
                offshore);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
