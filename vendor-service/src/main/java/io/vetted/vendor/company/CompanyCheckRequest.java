package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Asks a moderator to check the profile's company: a Kbis extract uploaded as {@code documentId},
 * or {@code contactEmail}, an address at the website's registrable domain the moderator writes to.
 */
@Serdeable
public record CompanyCheckRequest(
        @NotNull CheckEvidence evidence,
        @Nullable UUID documentId,
        @Nullable @Email @Size(max = 254) String contactEmail,
        @Nullable @Size(max = 1000) String note) {}
