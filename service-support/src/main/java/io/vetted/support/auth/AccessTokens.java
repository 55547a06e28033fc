package io.vetted.support.auth;

/**
 * The shape of Vetted access tokens (RFC 9068 style): RS256, header {@code typ: at+jwt}, audience
 * {@link #AUDIENCE} unless configured otherwise, and an RFC 8176 {@code amr} claim that says
 * whether a second factor was presented.
 */
public final class AccessTokens {

    /** The JOSE header {@code typ} of an access token; other tokens (MFA challenges) carry another. */
    public static final String TYPE = "at+jwt";

    public static final String AUDIENCE = "vetted";
    public static final String AMR = "amr";
    public static final String PASSWORD = "pwd";
    /** In {@code amr} when the person also presented a TOTP or recovery code at sign-in. */
    public static final String MFA = "mfa";

    private AccessTokens() {}
}
