package io.vetted.identity.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.identity.account.SignInLinks;
import io.vetted.identity.throttle.Throttle;
import io.vetted.support.auth.ServiceToken;
import io.vetted.support.net.ForwardedAddress;
import io.vetted.support.problem.ApiProblems;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController implements AuthOperations {

    private final SignIn signIn;
    private final SignInLinks links;
    private final Sessions sessions;
    private final TokenIssuer tokens;
    private final ServiceClients serviceClients;
    private final Throttle throttle;
    private final ForwardedAddress clientAddress;

    AuthController(
            SignIn signIn,
            SignInLinks links,
            Sessions sessions,
            TokenIssuer tokens,
            ServiceClients serviceClients,
            Throttle throttle,
            ForwardedAddress clientAddress) {
        this.signIn = signIn;
        this.links = links;
        this.sessions = sessions;
        this.tokens = tokens;
        this.serviceClients = serviceClients;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    public TokenResponse login(LoginRequest request) {
        return signIn.withPassword(request);
    }

    @Override
    public TokenResponse completeMfa(MfaLoginRequest request) {
        return signIn.withSecondFactor(request);
    }

    @Override
    public HttpResponse<SignInLinkRequests.Accepted> requestSignInLink(SignInLinkRequests.Request request) {
        links.request(request.email());
        return HttpResponse.accepted().body(SignInLinkRequests.CHECK_INBOX);
    }

    @Override
    public TokenResponse signInWithLink(SignInLinkRequests.Confirmation request) {
        return signIn.withLink(request);
    }

    @Override
    public TokenResponse refresh(RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @Override
    public HttpResponse<Void> logout(RefreshRequest request) {
        sessions.close(request.refreshToken());
        return HttpResponse.noContent();
    }

    @Override
    public ServiceToken.Response serviceToken(ServiceToken.Request request) {
        // guessing a client secret counts like guessing a password, per client address
        throttle.check("login-address", clientAddress.current());
        if (!serviceClients.authenticates(request.clientId(), request.clientSecret())) {
            throttle.count("login-address", clientAddress.current());
            throw ApiProblems.status(HttpStatus.UNAUTHORIZED, "Invalid client credentials");
        }
        return tokens.forService(request.clientId(), serviceClients.scopes(request.clientId()));
    }
}
