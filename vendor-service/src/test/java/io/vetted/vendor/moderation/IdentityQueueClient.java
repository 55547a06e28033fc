package io.vetted.vendor.moderation;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface IdentityQueueClient extends IdentityQueueOperations {}
