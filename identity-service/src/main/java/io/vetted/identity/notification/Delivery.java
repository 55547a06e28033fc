package io.vetted.identity.notification;

/** How a kind of notification reaches the mailbox; NEVER still keeps it in the notification centre. */
public enum Delivery {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    NEVER
}
