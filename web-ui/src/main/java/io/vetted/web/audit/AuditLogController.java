package io.vetted.web.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import java.util.List;
import java.util.UUID;

/** The security audit log for moderators: sign-ins, failures, MFA and role changes, deletions. */
@Controller("/moderation/security")
@Produces(MediaType.TEXT_HTML)
@Secured("MODERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditLogController {

    static final List<String> TYPES = List.of(
            "LOGIN_FAILED",
            "LOGIN_THROTTLED",
            "LOGIN_LOCKED",
            "SIGN_IN_LINK_REQUESTED",
            "LOGIN_SUCCEEDED",
            "MFA_CHALLENGE_FAILED",
            "MFA_ENABLED",
            "MFA_DISABLED",
            "PASSWORD_CHANGED",
            "PASSWORD_RESET",
            "REFRESH_TOKEN_REUSED",
            "LINK_REJECTED",
            "ROLE_CHANGED",
            "ACCOUNT_DISABLED",
            "ACCOUNT_ENABLED",
            "ACCOUNT_DELETED",
            "SIGN_UP");
    private static final int PAGE_SIZE = 50;

    private final IdentityClient identity;
    private final PageContexts pages;

    AuditLogController(IdentityClient identity, PageContexts pages) {
        this.identity = identity;
        this.pages = pages;
    }

    @Get("{?type,accountId,page}")
    @View("audit/index")
    AuditPage events(
            HttpRequest<?> request,
            @Nullable @QueryValue String type,
            @Nullable @QueryValue UUID accountId,
            @Nullable @QueryValue Integer page) {
        String known = type != null && TYPES.contains(type) ? type : null;
        int number = page == null ? 0 : Math.max(0, Math.min(page, 10000));
        return new AuditPage(
                pages.of(request), TYPES, known, accountId, identity.auditEvents(accountId, known, number, PAGE_SIZE));
    }

    @Introspected
    public record AuditPage(
            PageContext ctx,
            List<String> types,
            @Nullable String type,
            @Nullable UUID accountId,
            IdentityClient.AuditPage events) {}
}
