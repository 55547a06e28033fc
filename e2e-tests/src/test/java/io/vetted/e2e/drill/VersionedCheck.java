package io.vetted.e2e.drill;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Owners' edits as vendor-service stores them: the section must show the last edit its owner was
 * told is stored (or a later one that ended without an answer), and its version must have moved
 * once per stored edit: fewer moves than acknowledged edits is a loss, more than edits sent a duplicate.
 */
final class VersionedCheck {

    private VersionedCheck() {}

    static Tally check(Ledger ledger, List<? extends VersionedClient> clients, Connection vendor) throws SQLException {
        long lost = 0;
        long duplicated = 0;
        for (VersionedClient client : clients) {
            String prefix = client.provider() + "#";
            long acknowledged = ledger.acknowledged().keySet().stream()
                    .filter(k -> k.startsWith(prefix))
                    .count();
            long unresolved = ledger.unresolved().stream()
                    .filter(k -> k.startsWith(prefix))
                    .count();
            int last = client.lastAcknowledged();
            int later = client.lastUnresolved();
            if (last >= 0 && !client.stores(vendor, last) && !(later > last && client.stores(vendor, later))) {
                lost++;
            }
            long moves = client.firstVersion() < 0 ? 0 : client.storedVersion(vendor) - client.firstVersion();
            lost += Math.max(0, acknowledged - moves);
            duplicated += Math.max(0, moves - acknowledged - unresolved) + client.storedTwice(vendor);
        }
        return Tally.of(ledger, lost, duplicated);
    }
}
