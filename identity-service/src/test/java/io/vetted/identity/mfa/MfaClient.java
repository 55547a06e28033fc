package io.vetted.identity.mfa;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface MfaClient extends MfaOperations {}
