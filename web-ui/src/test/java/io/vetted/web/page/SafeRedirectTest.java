package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @Test
    void keepsALocalPathWithItsQuery() {
        assertThat(SafeRedirect.to("/providers/42?posted=true")).hasToString("/providers/42?posted=true");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", "/a b"
            })
    void sendsAnythingElseHome(String target) {
        assertThat(SafeRedirect.to(target)).hasToString("/");
    }
}
