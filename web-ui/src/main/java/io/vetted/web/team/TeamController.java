package io.vetted.web.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An agency's team: the owner invites colleagues by email; invited accounts accept here. */
@Controller("/my/team")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {

    private static final URI TEAM = URI.create("/my/team");

    private final TeamClient vendor;
    private final PageContexts pages;

    TeamController(TeamClient vendor, PageContexts pages) {
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> team(HttpRequest<?> request) {
        return HttpResponse.ok(page(request, "", Map.of()));
    }

    @Post("/invitations")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(HttpRequest<?> request, @Body TeamPages.InviteForm form) {
        String email = form.email() == null ? "" : form.email().strip();
        try {
            TeamClient.Profile profile = requireProfile();
            vendor.invite(profile.id(), new TeamClient.NewInvitation(email));
            return HttpResponse.seeOther(done("teamInvited"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .propagate(403, 404)
                    .on(409, "email", "team.invite.duplicate")
                    .map();
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, email, errors));
        }
    }

    @Post("/invitations/{invitationId}/withdrawal")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(@PathVariable UUID invitationId, @Body TeamPages.ButtonForm form) {
        vendor.withdraw(requireProfile().id(), invitationId);
        return HttpResponse.seeOther(done("teamWithdrawn"));
    }

    @Post("/members/{accountId}/removal")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@PathVariable UUID accountId, @Body TeamPages.ButtonForm form) {
        vendor.remove(requireProfile().id(), accountId);
        return HttpResponse.seeOther(done("teamRemoved"));
    }

    @Post("/invitations/{invitationId}/acceptance")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable UUID invitationId, @Body TeamPages.ButtonForm form) {
        vendor.accept(invitationId);
        return HttpResponse.seeOther(done("teamJoined"));
    }

    /** The team page, confirming what was just done at its top (the layout's {@code ok} notice). */
    private static URI done(String what) {
        return URI.create(TEAM + "?" + PageContexts.DONE + "=" + what);
    }

    private ModelAndView<TeamPages.TeamPage> page(HttpRequest<?> request, String email, Map<String, String> errors) {
        PageContext ctx = pages.of(request);
        TeamClient.Profile profile = vendor.mine();
        TeamClient.Team team = profile == null ? null : vendor.team(profile.id());
        List<TeamClient.Invitation> invitations = profile == null ? vendor.myInvitations() : List.of();
        boolean owner = profile != null
                && ctx.viewer() != null
                && profile.ownerAccountId().toString().equals(ctx.viewer().accountId());
        return new ModelAndView<>(
                "team/index", new TeamPages.TeamPage(ctx, profile, team, owner, invitations, email, errors));
    }

    private TeamClient.Profile requireProfile() {
        TeamClient.Profile profile = vendor.mine();
        if (profile == null) {
            throw new PageNotFoundException();
        }
        return profile;
    }
}
