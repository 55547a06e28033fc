package io.vetted.identity.account;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface AccountAdminClient extends AccountAdminOperations {}
