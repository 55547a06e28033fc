package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalLinksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"https://www.lne.fr/certificat/27001-42", "http://cert.example.fr/iso?n=12", "HTTPS://A.FR"})
    void showsAnAbsoluteWebAddressAsALink(String evidence) {
        assertThat(ExternalLinks.isWebAddress(evidence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Certificat ISO/IEC 27001 n° 1234",
                "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "//evil.example/x",
                "/moderation/claims",
                "https://",
                "https://a.fr/x y",
                "ftp://files.example.fr/cert.pdf",
                ""
            })
    void showsAnythingElseAsText(String evidence) {
        assertThat(ExternalLinks.isWebAddress(evidence)).isFalse();
    }
}
