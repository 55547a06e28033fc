package io.vetted.identity.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.vetted.identity.account.Role;

import java.util.UUID;

@Serdeable
public record TokenResponse(String accessToken, String tokenType, long expiresIn, UUID accountId, Role role,
                            String displayName) {
}
