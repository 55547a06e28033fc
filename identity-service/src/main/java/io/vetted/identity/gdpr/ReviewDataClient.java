package io.vetted.identity.gdpr;

import io.micronaut.http.client.annotation.Client;

@Client(id = "review")
interface ReviewDataClient extends ServiceDataClient {}
