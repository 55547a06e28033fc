package io.vetted.buyer.quote;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface QuoteClient extends QuoteOperations {}
