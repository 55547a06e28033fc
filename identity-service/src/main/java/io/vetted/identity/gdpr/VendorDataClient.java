package io.vetted.identity.gdpr;

import io.micronaut.http.client.annotation.Client;

@Client(id = "vendor")
interface VendorDataClient extends ServiceDataClient {}
