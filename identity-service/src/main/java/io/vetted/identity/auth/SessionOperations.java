package io.vetted.identity.auth;

import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Authentication")
public interface SessionOperations {

    @Get("/api/sessions/current")
    @Operation(
            summary = "Whether the sign-in the presented access token belongs to is still on: false once ended by"
                    + " logout, a password, MFA or role change, or suspension")
    Status current();

    /** {@code active} false also for a token that names no sign-in ({@code sid}). */
    @Serdeable
    record Status(boolean active) {}
}
