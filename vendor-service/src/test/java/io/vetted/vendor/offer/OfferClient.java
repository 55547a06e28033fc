package io.vetted.vendor.offer;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface OfferClient extends OfferOperations {}
