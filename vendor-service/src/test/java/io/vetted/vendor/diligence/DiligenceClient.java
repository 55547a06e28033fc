package io.vetted.vendor.diligence;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface DiligenceClient extends DiligenceOperations {}
