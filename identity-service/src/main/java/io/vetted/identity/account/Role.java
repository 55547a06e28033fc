package io.vetted.identity.account;

/** Roles a person's account can hold; service clients get {@code SERVICE}, which is not here. */
public enum Role {
    SME,
    PROVIDER,
    MODERATOR;

    /** Roles anyone may choose when signing up; moderators are appointed. */
    public boolean selfService() {
        return this != MODERATOR;
    }
}
