package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.security.CsrfForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Serdeable
public record IdentityForm(
        @Nullable String csrfToken,
        long version,
        @Nullable String name,
        @Nullable String kind,
        @Nullable String teamSize,
        @Nullable String yearFounded,
        @Nullable String siren,
        @Nullable String siret,
        @Nullable String website,
        @Nullable String city,
        @Nullable String postcode,
        @Nullable List<String> languages)
        implements CsrfForm {

    static IdentityForm of(VendorClient.Provider p) {
        return new IdentityForm(
                null,
                p.version(),
                p.name(),
                p.kind(),
                FormValues.show(p.teamSize()),
                FormValues.show(p.yearFounded()),
                FormValues.orEmpty(p.siren()),
                FormValues.orEmpty(p.siret()),
                FormValues.orEmpty(p.website()),
                p.city(),
                FormValues.orEmpty(p.postcode()),
                p.languages());
    }

    IdentityForm withVersion(long fresh) {
        return new IdentityForm(
                csrfToken, fresh, name, kind, teamSize, yearFounded, siren, siret, website, city, postcode, languages);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("name", FormValues.orEmpty(name));
        body.put("kind", kind);
        body.put("teamSize", FormValues.number(teamSize));
        body.put("yearFounded", FormValues.number(yearFounded));
        body.put("siren", FormValues.text(siren));
        body.put("siret", FormValues.text(siret));
        body.put("website", FormValues.text(website));
        body.put("city", FormValues.orEmpty(city));
        body.put("postcode", FormValues.text(postcode));
        body.put("languages", FormValues.list(languages));
        return body;
    }

    public String text(@Nullable String value) {
        return FormValues.orEmpty(value);
    }

    /** The SIREN as typed, digits only: what a contest of it names. */
    public String sirenDigits() {
        return FormValues.orEmpty(siren).replaceAll("\\D", "");
    }

    public boolean speaks(String language) {
        return languages != null && languages.contains(language);
    }
}
