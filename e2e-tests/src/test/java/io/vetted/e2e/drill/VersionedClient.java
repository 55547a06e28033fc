package io.vetted.e2e.drill;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * An owner editing one section of their provider on vendor-service against its version, as the
 * profile pages do. A retry sends the same body (same version): if the first attempt was stored,
 * the retry meets 409 and the client reads the section back to learn that its edit is there.
 */
abstract class VersionedClient implements DrillClient {

    private final Http http;
    private final Retrying retrying;
    private final Ledger ledger;
    protected final String vendorUrl;
    protected final String token;
    protected final UUID provider;
    private long version = -1;
    private volatile long firstVersion = -1;
    private int step;
    private volatile int lastAcknowledged = -1;
    private volatile int lastUnresolved = -1;

    VersionedClient(Http http, Retrying retrying, Ledger ledger, String vendorUrl, String token, UUID provider) {
        this.http = http;
        this.retrying = retrying;
        this.ledger = ledger;
        this.vendorUrl = vendorUrl;
        this.token = token;
        this.provider = provider;
    }

    /** Where the edit is PUT. */
    abstract String url();

    /** The edit number {@code step}: a value no other edit of this client writes. */
    abstract Map<String, Object> body(long version, int step);

    /** The section's version in the PUT's answer. */
    abstract long version(Map<String, Object> answer);

    /** The section's version in the owner's profile ({@code GET /api/providers/mine}). */
    abstract long versionIn(Map<String, Object> mine);

    /** Whether the owner's profile shows edit {@code step}. */
    abstract boolean shows(Map<String, Object> mine, int step);

    public UUID provider() {
        return provider;
    }

    /** The last edit the client was told is stored (-1: none), the one the database must show... */
    public int lastAcknowledged() {
        return lastAcknowledged;
    }

    /** ...unless a later edit ended without an answer (-1: none did). */
    public int lastUnresolved() {
        return lastUnresolved;
    }

    /** The section's version before this client's first edit. */
    public long firstVersion() {
        return firstVersion;
    }

    /** The section's version as the database holds it. */
    abstract long storedVersion(Connection vendorDatabase) throws SQLException;

    /** Whether the database holds edit {@code step} as the section's current value. */
    abstract boolean stores(Connection vendorDatabase, int step) throws SQLException;

    /** How many times the database holds edit values more than once (0 where it keeps no history). */
    long storedTwice(Connection vendorDatabase) throws SQLException {
        return 0;
    }

    @Override
    public void writeOnce() {
        if (version < 0) {
            Map<String, Object> mine = mine();
            if (mine == null) {
                return;
            }
            version = versionIn(mine);
            if (firstVersion < 0) {
                firstVersion = version;
            }
        }
        int edit = step++;
        Map<String, Object> body = body(version, edit);
        String key = provider + "#" + edit;
        Retrying.Outcome outcome =
                retrying.call(ledger, () -> http.send(kind().service(), "PUT", url(), token, body, Map.of()));
        Http.Answer answer = outcome.answer();
        if (answer == null) {
            ledger.unresolved(key);
            lastUnresolved = edit;
            version = -1;
        } else if (answer.ok()) {
            version = version(answer.body());
            acknowledged(key, edit, outcome.retried());
        } else if (answer.status() == 409 && outcome.retried()) {
            confirm(key, edit);
        } else {
            ledger.refused(answer.status());
            version = -1;
        }
    }

    /** A retry met 409: the first attempt was stored if the profile shows the edit. */
    private void confirm(String key, int edit) {
        Map<String, Object> mine = mine();
        version = -1;
        if (mine == null) {
            ledger.unresolved(key);
            lastUnresolved = edit;
        } else if (shows(mine, edit)) {
            version = versionIn(mine);
            ledger.retryGotOriginal();
            acknowledged(key, edit, true);
        } else {
            ledger.refused(409);
        }
    }

    private void acknowledged(String key, int edit, boolean retried) {
        ledger.acknowledged(key, String.valueOf(edit), retried);
        lastAcknowledged = edit;
    }

    private Map<String, Object> mine() {
        Retrying.Outcome outcome = retrying.call(
                ledger,
                () -> http.send(kind().service(), "GET", vendorUrl + "/api/providers/mine", token, null, Map.of()));
        return outcome.answer() != null && outcome.answer().ok()
                ? outcome.answer().body()
                : null;
    }
}
