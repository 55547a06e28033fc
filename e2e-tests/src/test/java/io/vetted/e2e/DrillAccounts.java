package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import java.util.List;
import java.util.UUID;

/**
 * The accounts and providers the fault drills ({@code io.vetted.e2e.drill}) write with, made the
 * way the other end-to-end tests make them (mailed links, TOTP for providers).
 */
public final class DrillAccounts implements AutoCloseable {

    private final Api api;

    public DrillAccounts(Platform platform) {
        api = new Api(platform);
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
