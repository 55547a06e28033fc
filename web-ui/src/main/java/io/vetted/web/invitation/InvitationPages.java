package io.vetted.web.invitation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;

public final class InvitationPages {

    private InvitationPages() {}

    /** A provider's clients page: invite one by email (review-service mails the link), see the invitations. */
    @Introspected
    public record Clients(
            PageContext ctx,
            String providerId,
            String providerName,
            List<ReviewClient.Invitation> invitations,
            String email,
            Map<String, String> errors) {}

    /** What an invited client sees on opening the link. */
    @Introspected
    public record Landing(
            PageContext ctx, String token, @Nullable ReviewClient.InvitationPreview invitation) {}
}
