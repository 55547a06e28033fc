package io.vetted.vendor.document;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An uploaded document, to name as evidence in a company check or a SIREN contest. */
@Serdeable
public record DocumentResponse(UUID id, String mediaType, int sizeBytes, String sha256) {}
