package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceController implements ReferenceOperations {

    private final ReferenceService references;
    private final CurrentUser currentUser;

    ReferenceController(ReferenceService references, CurrentUser currentUser) {
        this.references = references;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.SME)
    public HttpResponse<ReferenceResponse> create(
            UUID providerId, @Nullable String idempotencyKey, ReferenceRequest request) {
        Author author = new Author(
                currentUser.accountId(),
                currentUser.attribute("name").orElse("Client"),
                currentUser.attribute("email").orElse(""));
        ReferenceWriter.Written written = references.create(providerId, author, request, idempotencyKey);
        ReferenceResponse body = references.get(written.reference().id(), author.accountId());
        MutableHttpResponse<ReferenceResponse> response =
                HttpResponse.created(body, URI.create("/api/references/" + body.id()));
        return written.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ReferenceResponse.Page list(
            UUID providerId,
            int page,
            int size,
            @Nullable ReferenceSort sort,
            @Nullable Boolean verified,
            @Nullable Boolean current,
            @Nullable Criterion criterion) {
        var filter = new ReferenceFilter(
                Boolean.TRUE.equals(verified),
                Boolean.TRUE.equals(current),
                criterion,
                sort == null ? ReferenceSort.RECENT : sort);
        return references.list(providerId, filter, page, size);
    }

    @Override
    @Secured(Roles.SME)
    public List<ReferenceResponse> mine() {
        return references.mine(currentUser.accountId());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ReferenceResponse get(UUID id) {
        return references.get(id, caller());
    }

    @Override
    @Secured(Roles.SME)
    public ReferenceResponse edit(UUID id, ReferenceRequest request) {
        return references.edit(id, currentUser.accountId(), request);
    }

    @Override
    @Secured(Roles.SME)
    public ReferenceResponse withdraw(UUID id) {
        return references.withdraw(id, currentUser.accountId());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public List<RevisionResponse> revisions(UUID id) {
        return references.revisions(id, caller(), currentUser.hasRole(Roles.MODERATOR));
    }

    @Nullable
    private UUID caller() {
        return currentUser.authentication().map(a -> parse(a.getName())).orElse(null);
    }

    @Nullable
    private static UUID parse(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
