package io.vetted.review.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public final class ContactRequests {

    private ContactRequests() {}

    @Serdeable
    public record Ask(
            @NotBlank @Size(max = 160) String company,
            @NotBlank @Size(max = 1000) String message) {}

    /** What the author chooses to share with this requester: a phone number, an email, a time to call. */
    @Serdeable
    public record Accept(@NotBlank @Size(max = 500) String contactDetails) {}
}
