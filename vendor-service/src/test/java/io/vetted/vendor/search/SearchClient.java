package io.vetted.vendor.search;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface SearchClient extends SearchOperations {}
