package io.vetted.identity.account;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface AccountClient extends AccountOperations {}
