package io.vetted.identity.account;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.util.UUID;

@Controller
@Secured(Roles.MODERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountAdminController implements AccountAdminOperations {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountAdminController(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public AccountResponse account(UUID id) {
        return AccountResponse.of(accounts.get(id));
    }

    @Override
    public AccountResponse changeRole(UUID id, AccountRequests.RoleChange request) {
        return AccountResponse.of(accounts.changeRole(currentUser.accountId(), id, request.role()));
    }

    @Override
    public AccountResponse suspend(UUID id) {
        return AccountResponse.of(accounts.setDisabled(currentUser.accountId(), id, true));
    }

    @Override
    public AccountResponse reinstate(UUID id) {
        return AccountResponse.of(accounts.setDisabled(currentUser.accountId(), id, false));
    }
}
