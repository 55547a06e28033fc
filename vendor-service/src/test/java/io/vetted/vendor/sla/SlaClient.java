package io.vetted.vendor.sla;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface SlaClient extends SlaOperations {}
