package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteDomainsTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.acme.fr/contact, acme.fr",
        "http://ACME.fr, acme.fr",
        "https://support.e2e.vetted.fr, vetted.fr",
        "https://mairie.ville.gouv.fr, ville.gouv.fr",
        "https://acme.github.io/site, acme.github.io",
        "https://www.acme.co.uk, acme.co.uk"
    })
    void readsTheRegistrableDomainFromThePublicSuffixList(String website, String domain) {
        assertThat(WebsiteDomains.registrable(website)).contains(domain);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://fr",
                "https://test",
                "https://co.uk",
                "https://localhost:8080",
                "https://192.168.1.10",
                "ftp://acme.fr",
                "https://user@acme.fr",
                "not a url"
            })
    void findsNoneForASuffixAloneAnUnknownSuffixOrAnAddress(String website) {
        assertThat(WebsiteDomains.registrable(website)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"contact.acme.fr, acme.fr", "gmail.com, gmail.com", "orange.fr, orange.fr"})
    void readsTheRegistrableDomainOfAMailDomain(String host, String domain) {
        assertThat(WebsiteDomains.ofHost(host)).contains(domain);
    }
}
