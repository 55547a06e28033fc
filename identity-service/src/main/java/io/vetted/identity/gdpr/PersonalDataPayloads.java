package io.vetted.identity.gdpr;

import io.micronaut.serde.annotation.Serdeable;
import io.vetted.identity.account.AccountResponse;
import io.vetted.identity.audit.OwnSecurityEvent;
import io.vetted.identity.mfa.MfaPayloads;
import io.vetted.identity.notification.NotificationView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public final class PersonalDataPayloads {

    private PersonalDataPayloads() {}

    /** Everything Vetted keeps about a person, from every service (GDPR art. 15 and 20). */
    @Serdeable
    public record DataExport(
            Instant exportedAt,
            AccountResponse account,
            MfaPayloads.Status twoFactor,
            List<OwnSecurityEvent> securityEvents,
            NotificationView.Export notifications,
            Map<String, Object> providerProfiles,
            Map<String, Object> references,
            Map<String, Object> buyerWorkspace) {}

    @Serdeable
    public record Deletion(@NotBlank @Size(max = 128) String password) {}
}
