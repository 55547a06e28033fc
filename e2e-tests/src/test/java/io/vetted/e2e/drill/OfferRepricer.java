package io.vetted.e2e.drill;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An owner repricing their one offer, one euro up each time: every price is new, so the append-only
 * price history shows each stored repricing once, and a repricing stored twice would show twice.
 */
public final class OfferRepricer extends VersionedClient {

    private static final int FIRST_PRICE = 100;
    private final UUID offer;

    public OfferRepricer(
            Http http, Retrying retrying, Ledger ledger, String vendorUrl, String token, UUID provider, UUID offer) {
        super(http, retrying, ledger, vendorUrl, token, provider);
        this.offer = offer;
    }

    @Override
    public WriteKind kind() {
        return WriteKind.REPRICE;
    }

    @Override
    String url() {
        return vendorUrl + "/api/providers/" + provider + "/offers/" + offer;
    }

    @Override
    Map<String, Object> body(long version, int step) {
        return Map.of("version", version, "title", "Infogérance du poste", "priceEur", FIRST_PRICE + step);
    }

    @Override
    long version(Map<String, Object> answer) {
        return ((Number) answer.get("version")).longValue();
    }

    @Override
    long versionIn(Map<String, Object> mine) {
        return version(ours(mine));
    }

    @Override
    boolean shows(Map<String, Object> mine, int step) {
        Object price = ours(mine).get("priceEur");
        return price != null && new BigDecimal(price.toString()).compareTo(BigDecimal.valueOf(FIRST_PRICE + step)) == 0;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> ours(Map<String, Object> mine) {
        return ((List<Map<String, Object>>) mine.get("offers"))
                .stream()
                        .filter(o -> offer.toString().equals(o.get("id")))
                        .findFirst()
                        .orElseThrow();
    }

    @Override
    long storedVersion(Connection vendorDatabase) throws SQLException {
        return single(vendorDatabase, "SELECT version FROM offer WHERE id = ?");
    }

    @Override
    boolean stores(Connection vendorDatabase, int step) throws SQLException {
        try (PreparedStatement statement = vendorDatabase.prepareStatement(
                "SELECT price_eur FROM offer_price WHERE offer_id = ? ORDER BY announced_at DESC, effective_from DESC"
                        + " LIMIT 1")) {
            statement.setObject(1, offer);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBigDecimal(1).compareTo(BigDecimal.valueOf(FIRST_PRICE + step)) == 0;
            }
        }
    }

    @Override
    long storedTwice(Connection vendorDatabase) throws SQLException {
        return single(
                vendorDatabase,
                "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM offer_price WHERE offer_id = ?"
                        + " GROUP BY price_eur) prices");
    }

    private long single(Connection vendorDatabase, String sql) throws SQLException {
        try (PreparedStatement statement = vendorDatabase.prepareStatement(sql)) {
            statement.setObject(1, offer);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
