package io.vetted.e2e.drill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An owner rewriting their profile's description (the specialties section), edit after edit. */
public final class ProfileEditor extends VersionedClient {

    public ProfileEditor(Http http, Retrying retrying, Ledger ledger, String vendorUrl, String token, UUID provider) {
        super(http, retrying, ledger, vendorUrl, token, provider);
    }

    @Override
    public WriteKind kind() {
        return WriteKind.PROFILE_EDIT;
    }

    @Override
    String url() {
        return vendorUrl + "/api/providers/" + provider + "/specialties";
    }

    @Override
    Map<String, Object> body(long version, int step) {
        return Map.of("version", version, "specialties", List.of("HELPDESK"), "description", description(step));
    }

    @Override
    long version(Map<String, Object> answer) {
        return ((Number) answer.get("version")).longValue();
    }

    @Override
    long versionIn(Map<String, Object> mine) {
        return version(mine);
    }

    @Override
    boolean shows(Map<String, Object> mine, int step) {
        return description(step).equals(mine.get("description"));
    }

    @Override
    long storedVersion(Connection vendorDatabase) throws SQLException {
        try (PreparedStatement statement =
                vendorDatabase.prepareStatement("SELECT version FROM provider WHERE id = ?")) {
            statement.setObject(1, provider);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    boolean stores(Connection vendorDatabase, int step) throws SQLException {
        try (PreparedStatement statement =
                vendorDatabase.prepareStatement("SELECT description FROM provider WHERE id = ?")) {
            statement.setObject(1, provider);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return description(step).equals(row.getString(1));
            }
        }
    }

    private static String description(int step) {
        return "Infogérance des PME du Finistère, description n° " + step + ".";
    }
}
