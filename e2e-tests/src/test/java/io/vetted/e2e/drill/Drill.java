package io.vetted.e2e.drill;

import io.vetted.e2e.DrillAccounts;
import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The write load of a fault drill on a running platform: SME clients posting references, owners
 * editing their profiles and repricing their offers, each kind with its ledger; afterwards
 * {@link #reconcile()} sets each ledger against the databases.
 */
public final class Drill {

    private final Platform platform;
    private final Http http = new Http();
    private final Map<WriteKind, Ledger> ledgers = new EnumMap<>(WriteKind.class);
    private final List<ReferenceClient> references = new ArrayList<>();
    private final List<ProfileEditor> editors = new ArrayList<>();
    private final List<OfferRepricer> repricers = new ArrayList<>();
    private final List<UUID> reviewed = new ArrayList<>();
    private final WriteLoad load;

    /** The platform environment a drill needs: no daily cap on references, room for its many sign-ups from one address. */
    public static Map<String, String> environment() {
        return Map.of("REFERENCE_DAILY_LIMIT", "1000000", "SIGN_UPS_PER_ADDRESS", "100000", "DATABASE_POOL_SIZE", "8");
    }

    public Drill(Platform platform, DrillOptions options) {
        this.platform = platform;
        for (WriteKind kind : WriteKind.values()) {
            ledgers.put(kind, new Ledger(kind));
        }
        Retrying retrying = new Retrying(Duration.ofSeconds(150));
        try (DrillAccounts accounts = new DrillAccounts(platform)) {
            for (int i = 0; i < options.providers(); i++) {
                reviewed.add(accounts.provider("Brest Réseaux " + i, "Brest").provider());
            }
            for (int i = 0; i < options.clientsPerKind(); i++) {
                references.add(new ReferenceClient(
                        http,
                        retrying,
                        ledger(WriteKind.REFERENCE),
                        platform.address(platform.review),
                        authors(accounts, i, options.authorsPerClient()),
                        reviewed));
                DrillAccounts.Owner edited = accounts.provider("Quimper Services " + i, "Quimper");
                editors.add(new ProfileEditor(
                        http,
                        retrying,
                        ledger(WriteKind.PROFILE_EDIT),
                        platform.address(platform.vendor),
                        edited.account().accessToken(),
                        edited.provider()));
                DrillAccounts.Owner priced = accounts.provider("Morlaix Infogérance " + i, "Morlaix");
                repricers.add(new OfferRepricer(
                        http,
                        retrying,
                        ledger(WriteKind.REPRICE),
                        platform.address(platform.vendor),
                        priced.account().accessToken(),
                        priced.provider(),
                        offer(priced.provider())));
            }
        }
        List<DrillClient> clients = new ArrayList<>(references);
        clients.addAll(editors);
        clients.addAll(repricers);
        load = new WriteLoad(clients, options.ratePerClient());
    }

    public Http http() {
        return http;
    }

    public Ledger ledger(WriteKind kind) {
        return ledgers.get(kind);
    }

    public WriteLoad load() {
        return load;
    }

    /** The providers references are written about, whose reputation vendor-service must end up with. */
    public List<UUID> reviewedProviders() {
        return List.copyOf(reviewed);
    }

    /** The Idempotency-Keys of the references whose clients wait for an answer right now. */
    public List<String> unansweredReferences() {
        return references.stream()
                .map(ReferenceClient::unanswered)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Each kind's ledger against the databases; call once the load has stopped. */
    public List<Tally> reconcile() throws SQLException {
        try (Connection review = platform.database(platform.review).connect();
                Connection vendor = platform.database(platform.vendor).connect()) {
            return List.of(
                    ReferenceCheck.check(ledger(WriteKind.REFERENCE), authors(), review),
                    VersionedCheck.check(ledger(WriteKind.PROFILE_EDIT), editors, vendor),
                    VersionedCheck.check(ledger(WriteKind.REPRICE), repricers, vendor));
        }
    }

    /** The first acknowledged write of each kind {@code service} takes, counted from {@code since}. */
    public Map<WriteKind, Long> recovery(String service, long since) {
        Map<WriteKind, Long> recovery = new EnumMap<>(WriteKind.class);
        for (WriteKind kind : List.of(WriteKind.REFERENCE, WriteKind.PROFILE_EDIT, WriteKind.REPRICE)) {
            if (kind.service().equals(service) || kind == WriteKind.REFERENCE && service.equals("vendor-service")) {
                long first = ledger(kind).firstSuccessAfter(since);
                recovery.put(kind, first < 0 ? -1 : first - since);
            }
        }
        return recovery;
    }

    private Map<UUID, Set<String>> authors() {
        Map<UUID, Set<String>> authors = new HashMap<>();
        references.forEach(client -> authors.putAll(client.keysSent()));
        return authors;
    }

    /** Signs up {@code count} SME accounts, a few at a time (each sign-up hashes passwords twice). */
    private static List<ReferenceClient.Author> authors(DrillAccounts accounts, int client, int count) {
        ExecutorService signUps = Executors.newFixedThreadPool(3);
        try {
            List<Future<DrillAccounts.Signed>> signed = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "Cabinet Drill " + client + "-" + i;
                signed.add(signUps.submit(() -> accounts.client(name)));
            }
            List<ReferenceClient.Author> authors = new ArrayList<>();
            for (Future<DrillAccounts.Signed> account : signed) {
                DrillAccounts.Signed done = account.get();
                authors.add(new ReferenceClient.Author(done.id(), done.accessToken()));
            }
            return authors;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("signing up the drill's authors failed", e);
        } finally {
            signUps.shutdown();
        }
    }

    private UUID offer(UUID provider) {
        try (Connection vendor = platform.database(platform.vendor).connect();
                var statement = vendor.prepareStatement("SELECT id FROM offer WHERE provider_id = ?")) {
            statement.setObject(1, provider);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
