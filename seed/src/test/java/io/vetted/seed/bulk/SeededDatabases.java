package io.vetted.seed.bulk;

import io.vetted.testsupport.TestDatabases;
import io.vetted.testsupport.TestDatabases.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** Three fresh databases migrated with the services' own Flyway scripts, as the services would at start-up. */
record SeededDatabases(TestDatabase identity, TestDatabase vendor, TestDatabase review, Path passwordFile) {

    static SeededDatabases migrated(String owner) throws IOException {
        return new SeededDatabases(
                migrate(owner + "Identity", "identity-service"),
                migrate(owner + "Vendor", "vendor-service"),
                migrate(owner + "Review", "review-service"),
                Files.createTempDirectory("bulk-seed").resolve("password"));
    }

    private static TestDatabase migrate(String name, String service) {
        TestDatabase database = TestDatabases.create(name);
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:../" + service + "/src/main/resources/db/migration")
                .load()
                .migrate();
        return database;
    }

    BulkOptions options(int providers, long references, boolean reset) {
        return new BulkOptions(
                providers,
                references,
                new Databases(identity.url(), vendor.url(), review.url(), identity.user(), identity.password()),
                passwordFile,
                reset,
                7);
    }
}
