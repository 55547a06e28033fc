package io.vetted.review.reputation;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ReputationClient extends ReputationOperations {}
