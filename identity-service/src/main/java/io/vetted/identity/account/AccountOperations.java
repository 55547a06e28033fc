package io.vetted.identity.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Tag(name = "Accounts")
public interface AccountOperations {

    @Post("/api/accounts")
    @Operation(summary = "Sign up with an email, a password and a role (SME or PROVIDER)")
    HttpResponse<AccountResponse> register(@Valid @NotNull @Body RegisterAccountRequest request);

    @Get("/api/accounts/me")
    @Operation(summary = "The signed-in account")
    AccountResponse me();
}
