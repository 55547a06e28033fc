package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * One quote event for the other side of a request, as queued in the outbox: the texts are written
 * when it happens, the provider's accounts are looked up when it leaves (its team may have grown).
 *
 * @param buyerAccountId the buyer to tell, when {@code recipient} is the buyer
 * @param actorAccountId who acted: never told of their own action
 */
@Serdeable
record QuoteNotice(
        UUID eventId,
        UUID quoteId,
        Side recipient,
        @Nullable UUID buyerAccountId,
        UUID providerId,
        UUID actorAccountId,
        String subjectFr,
        String subjectEn,
        String bodyFr,
        String bodyEn,
        String link) {

    static final String EVENT_TYPE = "QuoteNotice";
}
