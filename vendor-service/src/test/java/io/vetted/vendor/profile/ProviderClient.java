package io.vetted.vendor.profile;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface ProviderClient extends ProviderOperations {}
