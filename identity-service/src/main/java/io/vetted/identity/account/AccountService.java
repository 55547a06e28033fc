package io.vetted.identity.account;

import io.micronaut.http.HttpStatus;
import io.vetted.identity.auth.PasswordHasher;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class AccountService {

    private final AccountRepository repository;
    private final PasswordHasher hasher;

    AccountService(AccountRepository repository, PasswordHasher hasher) {
        this.repository = repository;
        this.hasher = hasher;
    }

    @Transactional
    public Account register(RegisterAccountRequest request) {
        if (!request.role().selfService()) {
            throw ApiProblems.unprocessable("role", "must be SME or PROVIDER");
        }
        String email = normalise(request.email());
        if (repository.existsByEmail(email)) {
            throw ApiProblems.invalidField(HttpStatus.CONFLICT, "email", "an account with this email already exists");
        }
        return repository.save(Account.create(email, hasher.hash(request.password()), request.role(),
                request.displayName().strip()));
    }

    /** Creates or keeps an appointed account (moderators), used at start-up from configuration. */
    @Transactional
    public Account ensure(String email, String password, Role role, String displayName) {
        String normalised = normalise(email);
        return repository.findByEmail(normalised).orElseGet(() ->
                repository.save(Account.create(normalised, hasher.hash(password), role, displayName)));
    }

    @Transactional
    public Account get(UUID id) {
        return repository.findById(id).orElseThrow(() -> ApiProblems.notFound("No such account"));
    }

    /** The account these credentials open, if any; spends the same time whether the email exists or not. */
    @Transactional
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = repository.findByEmail(normalise(email));
        boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElse(null));
        return matches ? account : Optional.empty();
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
