package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * {@code seed bulk}: fills migrated, empty identity, vendor and review databases with a large
 * French data set straight through COPY, then derives reputations and the search read model with
 * set-based SQL, so the services see a consistent platform when they start. Profile rows are
 * committed per database; a failure half-way leaves data that {@code --reset} clears.
 */
public final class BulkSeed {

    private final BulkOptions options;
    private final Phases phases = new Phases();

    BulkSeed(BulkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        try {
            new BulkSeed(BulkOptions.parse(args)).run();
        } catch (BulkSeedException e) {
            System.err.println("seed bulk: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("seed bulk failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    Summary run() throws Exception {
        long started = System.nanoTime();
        Databases databases = options.databases();
        String password = AccountPassword.readOrCreate(options.passwordFile());
        Schema identitySchema = Schema.identity(databases.identityUrl());
        Schema vendorSchema = Schema.vendor(databases.vendorUrl());
        Schema reviewSchema = Schema.review(databases.reviewUrl());
        try (Connection identity = databases.identity(false);
                Connection vendor = databases.vendor(false);
                Connection review = databases.review(false)) {
            prepare(identitySchema, identity);
            prepare(vendorSchema, vendor);
            prepare(reviewSchema, review);
            Population population = plan();
            String hash = AccountPassword.hash(password);
            // two workers, as the server has two cores to give: identity, vendor and the search rows on one,
            // review on the other
            SearchRows search = new SearchRows(databases, 2);
            try {
                SearchRows.parallel(2, worker -> {
                    if (worker == 0) {
                        new IdentityLoader(population, identity, hash).load(phases);
                        identity.commit();
                        new VendorLoader(population, vendor).load(phases);
                        vendor.commit();
                        // without statistics on the freshly copied tables, the planner expects one row
                        // per shard and re-aggregates every offer once per provider: quadratic
                        phases.run("vendor analyze", () -> analyze(vendor));
                        search.dropIndexes();
                        phases.run("vendor.provider_search", search::insert);
                    } else {
                        new ReviewLoader(population, review).load(phases);
                        review.commit();
                    }
                    return 0;
                });
                phases.run("review.provider_reputation", () -> Reputation.ledger(review));
                phases.run("vendor.provider_reputation", () -> Reputation.snapshots(review, vendor));
                vendor.commit();
                review.commit();
                phases.run("vendor.provider_search ratings", search::rate);
            } finally {
                phases.run("vendor.provider_search indexes", search::finish);
            }
            phases.run("analyze", () -> analyze(identity) + analyze(vendor) + analyze(review));
            Summary summary = new Summary(
                    population.providers, population.smes, population.references, (System.nanoTime() - started) / 1e9);
            Progress.println(phases.summary());
            Progress.println(summary.describe(options.passwordFile().toString()));
            return summary;
        }
    }

    private void prepare(Schema schema, Connection connection) throws SQLException {
        schema.requireMigrated(connection);
        if (options.reset()) {
            schema.reset(connection);
            connection.commit();
        } else {
            schema.refuseIfNotEmpty(connection);
        }
    }

    private Population plan() {
        long[] rows = new long[1];
        Population[] population = new Population[1];
        phases.run("plan (Datafaker pools)", () -> {
            Pools pools = new Pools(options.seed());
            population[0] = new Population(
                    options.providers(),
                    options.references(),
                    options.seed(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS),
                    pools);
            rows[0] = (long) pools.firstNames.length + pools.lastNames.length + pools.companies.length;
            return rows[0];
        });
        return population[0];
    }

    private static long analyze(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return 0;
    }

    record Summary(int providers, int smes, long references, double seconds) {

        String describe(String passwordFile) {
            return String.format(
                    Locale.ROOT,
                    """
                    seeded %,d providers, %,d client accounts and %,d references in %.1f s
                    sign in as a client: sme1@client1.test … sme%d@client%d.test
                           as a provider: provider1@provider1.test … provider%d@provider%d.test
                           as the moderator: %s
                    password: in %s""",
                    providers,
                    smes,
                    references,
                    seconds,
                    smes,
                    smes,
                    providers,
                    providers,
                    Population.MODERATOR_EMAIL,
                    passwordFile);
        }
    }
}
