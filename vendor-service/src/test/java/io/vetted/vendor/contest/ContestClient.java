package io.vetted.vendor.contest;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ContestClient extends ContestOperations {}
