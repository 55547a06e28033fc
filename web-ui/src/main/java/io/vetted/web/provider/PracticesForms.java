package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.security.CsrfForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The subcontracting disclosure and the due-diligence answers, as typed. */
public final class PracticesForms {

    private PracticesForms() {}

    /** {@code subcontracts} is "yes" or "no"; nothing chosen is sent as missing. */
    @Serdeable
    public record SubcontractingForm(
            @Nullable String csrfToken,
            long version,
            @Nullable String subcontracts,
            @Nullable String activities,
            @Nullable String country)
            implements CsrfForm {

        static SubcontractingForm of(VendorModels.Subcontracting s) {
            return new SubcontractingForm(
                    null,
                    s.version(),
                    s.subcontracts() == null ? "" : s.subcontracts() ? "yes" : "no",
                    s.activities(),
                    FormValues.orEmpty(s.country()));
        }

        SubcontractingForm withVersion(long fresh) {
            return new SubcontractingForm(csrfToken, fresh, subcontracts, activities, country);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("version", version);
            body.put(
                    "subcontracts",
                    "yes".equals(subcontracts) ? Boolean.TRUE : "no".equals(subcontracts) ? Boolean.FALSE : null);
            body.put("activities", "yes".equals(subcontracts) ? FormValues.orEmpty(activities) : "");
            body.put("country", "yes".equals(subcontracts) ? FormValues.text(country) : null);
            return body;
        }

        public String text(@Nullable String value) {
            return FormValues.orEmpty(value);
        }
    }

    @Serdeable
    public record DueDiligenceForm(
            @Nullable String csrfToken,
            long version,
            @Nullable List<String> sectors,
            @Nullable String sectorExperience,
            @Nullable String dataProtection,
            @Nullable String incidentPlan,
            @Nullable String interventionHours)
            implements CsrfForm {

        static DueDiligenceForm of(VendorModels.DueDiligence d) {
            return new DueDiligenceForm(
                    null,
                    d.version(),
                    d.sectors(),
                    d.sectorExperience(),
                    d.dataProtection(),
                    d.incidentPlan(),
                    d.interventionHours());
        }

        DueDiligenceForm withVersion(long fresh) {
            return new DueDiligenceForm(
                    csrfToken, fresh, sectors, sectorExperience, dataProtection, incidentPlan, interventionHours);
        }

        Map<String, Object> body() {
            return Map.of(
                    "version",
                    version,
                    "sectors",
                    FormValues.list(sectors),
                    "sectorExperience",
                    FormValues.orEmpty(sectorExperience),
                    "dataProtection",
                    FormValues.orEmpty(dataProtection),
                    "incidentPlan",
                    FormValues.orEmpty(incidentPlan),
                    "interventionHours",
                    FormValues.orEmpty(interventionHours));
        }

        public boolean has(String sector) {
            return sectors != null && sectors.contains(sector);
        }

        public String text(@Nullable String value) {
            return FormValues.orEmpty(value);
        }
    }
}
