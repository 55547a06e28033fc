package io.vetted.review.reference;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface ReferenceClient extends ReferenceOperations {}
