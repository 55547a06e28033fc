package io.vetted.seed;

import java.util.List;
import java.util.Map;

/**
 * The demo moderator checks the claims whose evidence holds up and marks them verified, so the demo
 * shows both verified and self-declared claims. Moderators' changes need a second factor: it is
 * turned on for the session and off again, so the moderator signs in with the password alone.
 * Claims already verified (by an earlier, interrupted load) are left alone.
 */
final class DemoModeration {

    private final ApiClient api;
    private final DemoAccounts accounts;
    private final String email;
    private final String password;

    DemoModeration(ApiClient api, DemoAccounts accounts, String email, String password) {
        this.api = api;
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    /** Verifies the claims still unverified and returns how many it verified now. */
    int verify(List<ProfileLoader.Loaded> providers) throws Exception {
        if (providers.stream().allMatch(p -> p.unverifiedClaims().isEmpty())) {
            return 0;
        }
        DemoAccounts.Session moderator = accounts.signIn(email, password);
        String token = accounts.forWriting(moderator);
        int verified = 0;
        for (ProfileLoader.Loaded provider : providers) {
            for (Map.Entry<String, Long> claim : provider.unverifiedClaims().entrySet()) {
                api.put(
                                api.vendor + "/api/providers/" + provider.id() + "/claims/" + claim.getKey()
                                        + "/status",
                                Map.of("version", claim.getValue(), "status", "VERIFIED"),
                                token)
                        .orThrow("verifying " + claim.getKey());
                verified++;
            }
        }
        accounts.relax(moderator);
        return verified;
    }

    /**
     * The moderator goes through the cases the demo's references raised (its clients' accounts are
     * all new, and their texts come from one generator) and clears them, as one would after
     * checking, so that the demo's providers show the reputation their references make. The last
     * {@code leftInQueue} providers keep theirs, for the moderation queue to show.
     *
     * @return how many references were cleared now
     */
    int clearCases(List<String> providerIds, int leftInQueue) throws Exception {
        DemoAccounts.Session moderator = accounts.signIn(email, password);
        String token = accounts.forWriting(moderator);
        int cleared = 0;
        for (String provider : providerIds.subList(0, Math.max(0, providerIds.size() - leftInQueue))) {
            cleared += api.post(
                            api.review + "/api/moderation/providers/" + provider + "/decisions",
                            Map.of("action", "CLEAR", "reason", "Démo : références vérifiées auprès des clients."),
                            token)
                    .orThrow("clearing the cases of " + provider)
                    .body()
                    .path("decided")
                    .asInt();
        }
        accounts.relax(moderator);
        return cleared;
    }
}
