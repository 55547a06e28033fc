package io.vetted.identity.notification;

/** What a notification is about; each account chooses per kind how it is mailed. */
public enum NotificationKind {
    PRICE_ALERT,
    SAVED_SEARCH_ALERT,
    QUOTE,
    REFERENCE,
    CONTACT,
    MODERATION,
    INVITATION,
    TEAM,
    VERIFICATION
}
