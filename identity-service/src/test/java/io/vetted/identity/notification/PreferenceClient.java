package io.vetted.identity.notification;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface PreferenceClient extends PreferenceOperations {}
