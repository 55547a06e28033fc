package io.vetted.vendor.offer;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface OfferClient extends OfferOperations {}
