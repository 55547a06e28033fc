package io.vetted.support.auth;

/** The roles a Vetted token may carry; {@link #SERVICE} is only ever given to service clients. */
public final class Roles {
    public static final String SME = "SME";
    public static final String PROVIDER = "PROVIDER";
    public static final String MODERATOR = "MODERATOR";
    public static final String SERVICE = "SERVICE";

    private Roles() {}
}
