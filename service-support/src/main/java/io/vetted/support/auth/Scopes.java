package io.vetted.support.auth;

import java.util.List;

/**
 * What a service token may do. A service's credentials are worth stealing (they reach every
 * internal endpoint), so each client gets only the scopes of the calls it makes, and each internal
 * endpoint names the one it needs with {@link RequiresScope}.
 */
public final class Scopes {
    /** The JWT claim holding the granted scopes, space-separated as in RFC 8693 and RFC 9068. */
    public static final String CLAIM = "scope";

    public static final String REPUTATION_WRITE = "reputation:write";
    public static final String PROVIDERS_READ = "providers:read";
    public static final String LINKAGE_READ = "linkage:read";
    public static final String NOTICES_SEND = "notices:send";
    public static final String PERSONAL_DATA = "personal-data";
    /** vendor-service's price, SLA and claim changes for buyer-service's price watch. */
    public static final String WATCH_EVENTS_WRITE = "watch-events:write";

    public static final List<String> ALL =
            List.of(REPUTATION_WRITE, PROVIDERS_READ, LINKAGE_READ, NOTICES_SEND, PERSONAL_DATA, WATCH_EVENTS_WRITE);

    private Scopes() {}
}
