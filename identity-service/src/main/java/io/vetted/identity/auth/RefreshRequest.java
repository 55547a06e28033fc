package io.vetted.identity.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}
