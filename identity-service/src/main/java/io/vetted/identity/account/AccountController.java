package io.vetted.identity.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController implements AccountOperations {

    private static final AccountRequests.Accepted CHECK_INBOX =
            new AccountRequests.Accepted("If the address can receive it, a message is on its way; check your inbox.");

    private final AccountService accounts;
    private final PasswordService passwords;
    private final CurrentUser currentUser;

    AccountController(AccountService accounts, PasswordService passwords, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<AccountRequests.Accepted> register(RegisterAccountRequest request) {
        accounts.register(request);
        return HttpResponse.accepted().body(CHECK_INBOX);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<Void> verify(AccountRequests.EmailToken request) {
        accounts.verifyEmail(request.token());
        return HttpResponse.noContent();
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public AccountResponse me() {
        return AccountResponse.of(accounts.get(currentUser.accountId()));
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public TokenResponse changePassword(AccountRequests.PasswordChange request) {
        return passwords.change(
                currentUser.accountId(),
                request.currentPassword(),
                request.newPassword(),
                currentUser.hasSecondFactor());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<AccountRequests.Accepted> requestPasswordReset(AccountRequests.PasswordReset request) {
        passwords.requestReset(request.email());
        return HttpResponse.accepted().body(CHECK_INBOX);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<Void> resetPassword(AccountRequests.NewPassword request) {
        passwords.reset(request.token(), request.newPassword());
        return HttpResponse.noContent();
    }
}
