package io.vetted.identity.auth;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface SessionClient extends SessionOperations {}
