package io.vetted.identity.account;

import io.vetted.identity.Mailbox;
import jakarta.inject.Singleton;

/** Accounts for tests, created the way people create them: sign up, then follow the mailed link. */
@Singleton
public class SignUps {

    private final AccountClient accounts;

    SignUps(AccountClient accounts) {
        this.accounts = accounts;
    }

    public void verified(String email, String password, Role role) {
        verified(email, password, role, null);
    }

    public void verified(String email, String password, Role role, String language) {
        accounts.register(new RegisterAccountRequest(email, password, role, "Compte " + role, language));
        accounts.verify(new AccountRequests.EmailToken(Mailbox.shared().tokenFor(email, "/verify")));
    }
}
