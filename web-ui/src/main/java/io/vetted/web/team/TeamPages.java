package io.vetted.web.team;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.page.PageContext;
import io.vetted.web.security.CsrfForm;
import java.util.List;
import java.util.Map;

public final class TeamPages {

    private TeamPages() {}

    /**
     * @param team null when the account has no profile yet
     * @param owner whether the viewer owns the profile
     */
    @Introspected
    public record TeamPage(
            PageContext ctx,
            @Nullable TeamClient.Profile profile,
            @Nullable TeamClient.Team team,
            boolean owner,
            List<TeamClient.Invitation> invitations,
            String email,
            Map<String, String> errors) {}

    @Serdeable
    public record InviteForm(
            @Nullable String csrfToken, @Nullable String email) implements CsrfForm {}

    @Serdeable
    public record ButtonForm(@Nullable String csrfToken) implements CsrfForm {}
}
