package io.vetted.vendor.estimate;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface EstimateClient extends EstimateOperations {}
