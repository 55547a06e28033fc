package io.vetted.buyer.saved;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface SavedSearchClient extends SavedSearchOperations {}
