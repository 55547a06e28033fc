package io.vetted.support.db;

import java.util.Optional;
import java.util.regex.Pattern;

/** The parts of a {@code jdbc:postgresql://host[:port]/database[?params]} URL this module needs. */
record PostgresUrl(String hostAndPort, String database, String params) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)(\\?.*)?");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,63}");

    static Optional<PostgresUrl> parse(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        var matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches() || !SAFE_NAME.matcher(matcher.group(2)).matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new PostgresUrl(matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3)));
    }

    String maintenanceUrl() {
        return "jdbc:postgresql://" + hostAndPort + "/postgres" + params;
    }

    String quotedDatabase() {
        return '"' + database + '"';
    }
}
