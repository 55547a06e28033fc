package io.vetted.identity.gdpr;

import io.micronaut.http.client.annotation.Client;

@Client(id = "buyer")
interface BuyerDataClient extends ServiceDataClient {}
