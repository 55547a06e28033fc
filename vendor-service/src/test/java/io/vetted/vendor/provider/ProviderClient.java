package io.vetted.vendor.provider;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface ProviderClient extends ProviderOperations {}
