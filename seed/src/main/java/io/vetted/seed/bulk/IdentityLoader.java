package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Accounts for every provider owner, every client (SME) and one moderator, all verified and all
 * sharing one password hash, so a benchmark can sign in as any of them. MFA is left off: seeded
 * providers are only read; a provider who wants to edit sets up TOTP as any new one would.
 */
final class IdentityLoader {

    private final Population population;
    private final Connection identity;
    private final String passwordHash;

    IdentityLoader(Population population, Connection identity, String passwordHash) {
        this.population = population;
        this.identity = identity;
        this.passwordHash = passwordHash;
    }

    void load(Phases phases) {
        phases.run("identity.account", () -> {
            long total = (long) population.providers + population.smes + 1;
            try (Progress progress = new Progress("account", "accounts", total);
                    CopyRows rows = new CopyRows(identity, """
                         account (id, email, password_hash, role, display_name, version, created_at, updated_at,
                         email_verified_at, disabled_at, language)""")) {
                account(
                        rows,
                        population.moderatorId(),
                        Population.MODERATOR_EMAIL,
                        "MODERATOR",
                        "Modération Vetted",
                        population.now.minus(Population.FIVE_YEARS).minus(Population.FIVE_YEARS),
                        "fr");
                for (int i = 0; i < population.providers; i++) {
                    Instant created =
                            ProviderProfile.of(population, i).createdAt().minusSeconds(86400);
                    account(
                            rows,
                            population.ownerId(i),
                            Population.ownerEmail(i),
                            "PROVIDER",
                            population.ownerName(i),
                            created,
                            "fr");
                    tick(progress, i);
                }
                for (int j = 0; j < population.smes; j++) {
                    account(
                            rows,
                            population.smeId(j),
                            Population.smeEmail(j),
                            "SME",
                            population.smeName(j),
                            population.smeCreatedAt(j),
                            j % 20 == 0 ? "en" : "fr");
                    tick(progress, j);
                }
                progress.step((population.providers & 1023) + (population.smes & 1023) + 1);
                return rows.finish();
            }
        });
    }

    private static void tick(Progress progress, int i) {
        if ((i & 1023) == 1023) {
            progress.step(1024);
        }
    }

    private void account(
            CopyRows rows, UUID id, String email, String role, String name, Instant created, String language)
            throws SQLException {
        rows.uuid(id)
                .text(email)
                .text(passwordHash)
                .raw(role)
                .text(name)
                .raw(0)
                .time(created)
                .time(created)
                .time(created.plusSeconds(600))
                .raw(null)
                .raw(language);
        rows.end();
    }
}
