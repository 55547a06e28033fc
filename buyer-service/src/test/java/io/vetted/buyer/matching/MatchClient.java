package io.vetted.buyer.matching;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface MatchClient extends MatchOperations {}
