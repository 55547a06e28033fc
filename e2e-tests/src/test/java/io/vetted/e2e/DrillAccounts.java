package io.vetted.e2e;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The accounts and providers the fault drills ({@code io.vetted.e2e.drill}) write with, made the
 * way the other end-to-end tests make them (mailed links, TOTP for providers).
 */
public final class DrillAccounts implements AutoCloseable {

    private final Platform platform;
    private final Api api;

    public DrillAccounts(Platform platform) {
        this.platform = platform;
        api = new Api(platform);
    }

    /** The environment under which identity-service creates the moderator {@link #insider} needs. */
    public static Map<String, String> withModerator() {
        return Sessions.withModerator();
    }

    /** A signed-in SME (a client who writes references). */
    public Signed client(String name) {
        Api.Account account = api.signUpAccount("SME", name);
        return new Signed(account.id(), account.email(), account.accessToken());
    }

    /** A provider account with a second factor and its published profile with one monthly offer. */
    public Owner provider(String name, String city) {
        Api.Account account = api.signUpAccount("PROVIDER", name);
        UUID id = new VendorProfiles(api)
                .published(
                        account.accessToken(),
                        name,
                        "AGENCY",
                        city,
                        "29",
                        List.of("HELPDESK"),
                        VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_SEAT", 30));
        return new Owner(new Signed(account.id(), account.email(), account.accessToken()), id);
    }

    /**
     * An insider turned client: a colleague on {@code owner}'s team whom a moderator later made an
     * SME account, so that it may post references, signed in again with its second factor. Only
     * the team-membership check keeps it from reviewing its own provider. Needs a platform started
     * {@link #withModerator()}.
     */
    public Signed insider(Owner owner, String name) {
        Api.Account colleague = api.signUpAccount("PROVIDER", name);
        try (Calls vendor = new Calls(platform.address(platform.vendor));
                Calls identity = new Calls(platform.address(platform.identity))) {
            var invitation = vendor.post(
                    "/api/providers/" + owner.provider() + "/team/invitations",
                    owner.account().accessToken(),
                    Map.of("email", colleague.email()));
            expect(invitation, 201, "invitation");
            expect(
                    vendor.post(
                            "/api/team/invitations/" + invitation.json().get("id") + "/acceptance",
                            colleague.accessToken(),
                            null),
                    204,
                    "acceptance");
            String moderator = Sessions.moderator(platform);
            expect(
                    identity.send("PUT", "/api/accounts/" + colleague.id() + "/role", moderator, Map.of("role", "SME")),
                    200,
                    "role change");
            var challenge = identity.post(
                    "/api/auth/login", null, Map.of("email", colleague.email(), "password", Api.PASSWORD));
            // the step's code confirmed the enrolment and is spent: the next one is accepted as drift
            var session = identity.post(
                    "/api/auth/mfa",
                    null,
                    Map.of(
                            "mfaToken",
                            challenge.json().get("mfaToken"),
                            "code",
                            Totp.nextCode(colleague.totpSecret())));
            expect(session, 200, "sign-in with the second factor");
            return new Signed(
                    colleague.id(), colleague.email(), (String) session.json().get("accessToken"));
        }
    }

    /** A reference {@code client} posts about {@code provider}: the status and, when stored, its id. */
    public Posted review(Signed client, UUID provider) {
        try {
            var posted = api.postReference(client.accessToken(), provider, 4, "Intervention rapide et propre.");
            return new Posted(posted.code(), String.valueOf(posted.body().get("id")));
        } catch (HttpClientResponseException refused) {
            return new Posted(refused.code(), null);
        }
    }

    public record Posted(int status, String id) {}

    private static void expect(Calls.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
    }

    /** The password every drill account signs in with. */
    public static String password() {
        return Api.PASSWORD;
    }

    public record Signed(UUID id, String email, String accessToken) {}

    public record Owner(Signed account, UUID provider) {}

    @Override
    public void close() {
        api.close();
    }
}
