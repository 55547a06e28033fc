package io.vetted.review.reputation;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface ReputationClient extends ReputationOperations {}
