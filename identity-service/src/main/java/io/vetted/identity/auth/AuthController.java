package io.vetted.identity.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.identity.account.AccountService;
import io.vetted.support.auth.ServiceToken;
import io.vetted.support.problem.ApiProblems;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController implements AuthOperations {

    private final AccountService accounts;
    private final TokenIssuer tokens;
    private final ServiceClients serviceClients;

    AuthController(AccountService accounts, TokenIssuer tokens, ServiceClients serviceClients) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.serviceClients = serviceClients;
    }

    @Override
    public TokenResponse login(LoginRequest request) {
        return accounts.authenticate(request.email(), request.password())
                .map(tokens::forAccount)
                .orElseThrow(() -> ApiProblems.status(HttpStatus.UNAUTHORIZED, "Invalid email or password"));
    }

    @Override
    public ServiceToken.Response serviceToken(ServiceToken.Request request) {
        if (!serviceClients.authenticates(request.clientId(), request.clientSecret())) {
            throw ApiProblems.status(HttpStatus.UNAUTHORIZED, "Invalid client credentials");
        }
        return tokens.forService(request.clientId());
    }
}
