package io.vetted.identity.notification;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface NotificationClient extends NotificationOperations {}
