package io.vetted.identity.mfa;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;

@Controller
@Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class MfaController implements MfaOperations {

    private final MfaService mfa;
    private final CurrentUser currentUser;

    MfaController(MfaService mfa, CurrentUser currentUser) {
        this.mfa = mfa;
        this.currentUser = currentUser;
    }

    @Override
    public MfaPayloads.Status status() {
        return mfa.status(currentUser.accountId());
    }

    @Override
    public HttpResponse<MfaPayloads.Enrolment> enrol(MfaPayloads.Start request) {
        return HttpResponse.created(mfa.start(currentUser.accountId(), request.password()));
    }

    @Override
    public MfaPayloads.Confirmation confirm(MfaPayloads.Code request) {
        return mfa.confirm(currentUser.accountId(), request.code());
    }

    @Override
    public MfaPayloads.RecoveryCodes renewRecoveryCodes(MfaPayloads.Code request) {
        return mfa.renewRecoveryCodes(currentUser.accountId(), request.code());
    }

    @Override
    public TokenResponse disable(MfaPayloads.Code request) {
        return mfa.disable(currentUser.accountId(), request.code());
    }
}
