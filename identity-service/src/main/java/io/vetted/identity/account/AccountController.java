package io.vetted.identity.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.support.auth.CurrentUser;

import java.net.URI;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController implements AccountOperations {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountController(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<AccountResponse> register(RegisterAccountRequest request) {
        AccountResponse created = AccountResponse.of(accounts.register(request));
        return HttpResponse.created(created, URI.create("/api/accounts/" + created.id()));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public AccountResponse me() {
        return AccountResponse.of(accounts.get(currentUser.accountId()));
    }
}
