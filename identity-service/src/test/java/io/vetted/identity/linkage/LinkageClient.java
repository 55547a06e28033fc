package io.vetted.identity.linkage;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface LinkageClient extends LinkageOperations {}
