package io.vetted.support.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedPathsTest {

    @Test
    void redactsAnInvitationTokenInThePath() {
        assertThat(LoggedPaths.of("/api/invitations/Qm9uam91ci1qZS1zdWlzLXVuLXNlY3JldC10cmVzLWxvbmc"))
                .isEqualTo("/api/invitations/[redacted]");
    }

    @Test
    void redactsATokenFollowedByAnAction() {
        assertThat(LoggedPaths.of("/unsubscribe/aGVsbG8td29ybGQtaGVsbG8td29ybGQ_x/confirmation"))
                .isEqualTo("/unsubscribe/[redacted]/confirmation");
    }

    @Test
    void keepsIdsAndWordsSoTheRouteStaysReadable() {
        String path = "/api/providers/3f2b8c1e-6a4d-4c1b-9e7f-0a1b2c3d4e5f/team/invitations";
        assertThat(LoggedPaths.of(path)).isEqualTo(path);
        assertThat(LoggedPaths.of("/my/shortlists/new")).isEqualTo("/my/shortlists/new");
    }
}
