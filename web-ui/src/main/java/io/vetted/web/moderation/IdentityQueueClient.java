package io.vetted.web.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * vendor-service's identity queue and the moderators' decisions on it, sent as the signed-in
 * moderator (VisitorTokenForwarding): vendor-service refuses anyone else.
 */
@Client(id = "vendor")
public interface IdentityQueueClient {

    @Get("/api/moderation/identity{?kind,page,size}")
    Queue queue(@Nullable @QueryValue String kind, @QueryValue int page, @QueryValue int size);

    /** {@code outcome} ACCEPTED or REJECTED, and the {@code reason} the provider reads. */
    @Post("/api/moderation/company-checks/{id}/decision")
    void decideCheck(@PathVariable UUID id, @Body Map<String, Object> decision);

    /** {@code winner} CLAIMANT or HOLDER, and the {@code reason} the loser's profile is unpublished with. */
    @Post("/api/moderation/siren-contests/{id}/decision")
    void decideContest(@PathVariable UUID id, @Body Map<String, Object> decision);

    /** {@code outcome} ACCEPTED or UNPUBLISHED, and the {@code reason}. */
    @Post("/api/moderation/identity-changes/{id}/decision")
    void decideChange(@PathVariable UUID id, @Body Map<String, Object> decision);

    /** An evidence document (a Kbis) as vendor-service serves it, to moderators only, as an attachment. */
    @Get("/api/moderation/documents/{id}")
    HttpResponse<byte[]> document(@PathVariable UUID id);

    /** A page of the queue, oldest first, with how many of each kind wait and since when the oldest does. */
    @Serdeable
    record Queue(
            List<Entry> entries,
            long total,
            int page,
            int size,
            @Nullable Map<String, Long> waiting,
            @Nullable Instant oldestWaitingSince) {
        public Queue {
            entries = entries == null ? List.of() : entries;
            waiting = waiting == null ? Map.of() : waiting;
        }
    }

    /**
     * One thing to decide: a COMPANY_CHECK, a SIREN_CONTEST ({@code providerId} claims the SIREN
     * {@code otherProviderId} holds) or an IDENTITY_CHANGE; the fields of other kinds are null.
     */
    @Serdeable
    record Entry(
            String kind,
            UUID id,
            UUID providerId,
            String providerName,
            @Nullable String siren,
            Instant waitingSince,
            @Nullable String registerState,
            @Nullable String registerName,
            @Nullable String evidence,
            @Nullable UUID documentId,
            @Nullable String contactEmail,
            @Nullable String statement,
            @Nullable UUID otherProviderId,
            @Nullable String otherProviderName,
            @Nullable String otherStatement,
            @Nullable UUID otherDocumentId,
            @Nullable String field,
            @Nullable String previousValue,
            @Nullable String newValue) {}
}
