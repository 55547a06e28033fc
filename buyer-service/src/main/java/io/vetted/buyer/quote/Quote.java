package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One quote request from a buyer's shortlist to one provider, and the provider's single answer.
 * {@code buyerName} and {@code buyerEmail} reach the provider only once {@code revealedAt} is set.
 */
@MappedEntity("quote_request")
record Quote(
        @Id UUID id,
        UUID accountId,
        UUID shortlistId,
        UUID providerId,
        String providerName,
        @Nullable String company,
        String message,
        String requirements,
        @Nullable String buyerName,
        @Nullable String buyerEmail,
        @Nullable Instant revealedAt,
        QuoteStatus status,
        @Nullable PricingModel pricingModel,
        @Nullable BigDecimal monthlyAmountEur,
        @Nullable String includedServices,
        @Nullable Integer criticalResponseMinutes,
        @Nullable AfterHours afterHours,
        @Nullable Integer priceChangeNoticeDays,
        @Nullable String terms,
        @Nullable Instant answeredAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Quote answered(QuotePayloads.Answer answer, Instant at) {
        return new Quote(
                id,
                accountId,
                shortlistId,
                providerId,
                providerName,
                company,
                message,
                requirements,
                buyerName,
                buyerEmail,
                revealedAt,
                QuoteStatus.ANSWERED,
                answer.pricingModel(),
                answer.monthlyAmountEur(),
                answer.includedServices().strip(),
                answer.criticalResponseMinutes(),
                answer.afterHours(),
                answer.priceChangeNoticeDays(),
                QuoteService.blankToNull(answer.terms()),
                at,
                version,
                createdAt,
                updatedAt);
    }

    Quote revealed(Instant at) {
        return new Quote(
                id,
                accountId,
                shortlistId,
                providerId,
                providerName,
                company,
                message,
                requirements,
                buyerName,
                buyerEmail,
                at,
                status,
                pricingModel,
                monthlyAmountEur,
                includedServices,
                criticalResponseMinutes,
                afterHours,
                priceChangeNoticeDays,
                terms,
                answeredAt,
                version,
                createdAt,
                updatedAt);
    }
}
