package io.vetted.review.limits;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/** How many of each write one account may make in any 24 hours ({@code vetted.limits.*}). */
@ConfigurationProperties("vetted.limits")
public record LimitsConfiguration(
        @Min(1) int reports,
        @Min(1) int anonymousReports,
        @Min(1) int disputes,
        @Min(1) int contactRequests,
        @Min(1) int invitations,
        @Min(1) int replies,
        @Min(1) int evidenceUploads) {

    int of(Activity activity, boolean anonymous) {
        return switch (activity) {
            case REPORT -> anonymous ? anonymousReports : reports;
            case DISPUTE -> disputes;
            case CONTACT_REQUEST -> contactRequests;
            case INVITATION -> invitations;
            case REPLY -> replies;
            case EVIDENCE -> evidenceUploads;
        };
    }
}
