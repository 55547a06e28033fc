package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo accounts made as people make them: sign up, open the verification link identity-service wrote
 * to its mail log, sign in. Accounts that need a second factor to write (providers, the moderator)
 * turn TOTP on when they first write and off again at the end, so that demo visitors sign in with the
 * demo password alone (the site asks them to set up their own authenticator before any change).
 *
 * <p>Resumable: an account that exists is signed in, one an earlier load left unverified is
 * verified. Accounts are made in order, so from the first missing one on none is looked up (a
 * failed sign-in counts against the address's sign-in limit).
 */
final class DemoAccounts {

    /**
     * A signed-in account; {@code secondFactor} once its token carries the second factor. The
     * password is kept because turning TOTP on asks for it again.
     */
    static final class Session {
        final String email;
        final String password;
        String token;
        boolean secondFactor;

        Session(String email, String password, String token, boolean secondFactor) {
            this.email = email;
            this.password = password;
            this.token = token;
            this.secondFactor = secondFactor;
        }
    }

    private final ApiClient api;
    private final String password;
    private final MailLinks mail;
    private final DemoAuthenticator authenticator;
    private final List<Session> withSecondFactor = new ArrayList<>();
    private boolean pastTheLastAccount;
    private int created;

    DemoAccounts(ApiClient api, String password, MailLinks mail, DemoAuthenticator authenticator) {
        this.api = api;
        this.password = password;
        this.mail = mail;
        this.authenticator = authenticator;
    }

    /** Signs the demo account in, creating it, or finishing what an interrupted load began, first. */
    Session open(String email, String role, String displayName) throws Exception {
        if (!pastTheLastAccount) {
            ApiClient.Response login = login(email, password);
            if (login.ok()) {
                return session(email, password, login);
            }
            if (login.status() == 401) {
                pastTheLastAccount = true;
            } else if (login.status() != 403) { // 403: signed up, not verified yet
                login.orThrow("signing in " + email);
            }
        }
        int seen = mail.count(email);
        api.post(
                        api.identity + "/api/accounts",
                        Map.of("email", email, "password", password, "role", role, "displayName", displayName),
                        null)
                .orThrow("registering " + email);
        api.post(api.identity + "/api/accounts/verification", Map.of("token", mail.next(email, seen)), null)
                .orThrow("verifying " + email);
        created++;
        return signIn(email, password);
    }

    Session signIn(String email, String password) throws Exception {
        return session(email, password, login(email, password).orThrow("signing in " + email));
    }

    /**
     * Signs {@code session} in again, as its access token may have expired during a long load; the
     * same object stays the one {@link #relax()} turns TOTP off for.
     */
    void renew(Session session) throws Exception {
        Session fresh = signIn(session.email, session.password);
        withSecondFactor.remove(fresh);
        session.token = fresh.token;
        session.secondFactor = fresh.secondFactor;
        if (fresh.secondFactor && !withSecondFactor.contains(session)) {
            withSecondFactor.add(session);
        }
    }

    /** A token that carries the second factor, turning TOTP on for the account if it is off. */
    String forWriting(Session session) throws Exception {
        if (session.secondFactor) {
            return session.token;
        }
        String secret = api.post(
                        api.identity + "/api/accounts/me/mfa/enrolment",
                        Map.of("password", session.password),
                        session.token)
                .orThrow("enrolling " + session.email)
                .body()
                .get("secret")
                .asText();
        authenticator.remember(session.email, secret);
        JsonNode confirmed = api.post(
                        api.identity + "/api/accounts/me/mfa/confirmation",
                        Map.of("code", authenticator.enrolmentCode(session.email)),
                        session.token)
                .orThrow("confirming TOTP for " + session.email)
                .body();
        session.token = confirmed.get("session").get("accessToken").asText();
        session.secondFactor = true;
        List<String> recoveryCodes = new ArrayList<>();
        confirmed.get("recoveryCodes").forEach(code -> recoveryCodes.add(code.asText()));
        authenticator.rememberRecoveryCodes(session.email, recoveryCodes);
        withSecondFactor.add(session);
        return session.token;
    }

    /** Turns TOTP off again for every account that has it on. */
    void relax() throws Exception {
        for (Session session : List.copyOf(withSecondFactor)) {
            relax(session);
        }
    }

    void relax(Session session) throws Exception {
        if (withSecondFactor.remove(session)) {
            String deactivation = api.identity + "/api/accounts/me/mfa/deactivation";
            withAnyCode(session.email, code -> api.post(deactivation, Map.of("code", code), session.token));
            authenticator.forgetRecoveryCodes(session.email);
            session.secondFactor = false;
        }
    }

    int created() {
        return created;
    }

    private ApiClient.Response login(String email, String password) throws Exception {
        return api.post(api.identity + "/api/auth/login", Map.of("email", email, "password", password), null);
    }

    private Session session(String email, String password, ApiClient.Response login) throws Exception {
        JsonNode body = login.body();
        if (!body.path("mfaRequired").asBoolean()) {
            return new Session(email, password, body.get("accessToken").asText(), false);
        }
        String challenge = body.get("mfaToken").asText();
        CodeRequest secondFactor =
                code -> api.post(api.identity + "/api/auth/mfa", Map.of("mfaToken", challenge, "code", code), null);
        JsonNode tokens = withAnyCode(email, secondFactor).body();
        Session session = new Session(email, password, tokens.get("accessToken").asText(), true);
        withSecondFactor.add(session);
        return session;
    }

    /** Sends a recovery code a load kept, else (or when it is refused) a TOTP code. */
    private ApiClient.Response withAnyCode(String email, CodeRequest request) throws Exception {
        String recoveryCode = authenticator.recoveryCode(email);
        if (recoveryCode != null) {
            authenticator.recoveryCodeSpent(email); // used or refused, never sent twice
            ApiClient.Response response = request.send(recoveryCode);
            if (response.ok()) {
                return response;
            }
        }
        return withCode(email, request);
    }

    /** Sends a TOTP code, and the next step's once more if the service refuses one an earlier load used. */
    private ApiClient.Response withCode(String email, CodeRequest request) throws Exception {
        ApiClient.Response response = request.send(authenticator.code(email));
        if (response.status() == 401 || response.status() == 422) {
            authenticator.refused(email);
            response = request.send(authenticator.code(email));
        }
        return response.orThrow("sending a TOTP code for " + email);
    }

    @FunctionalInterface
    private interface CodeRequest {
        ApiClient.Response send(String code) throws Exception;
    }
}
