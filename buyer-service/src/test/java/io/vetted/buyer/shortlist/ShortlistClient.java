package io.vetted.buyer.shortlist;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ShortlistClient extends ShortlistOperations {}
