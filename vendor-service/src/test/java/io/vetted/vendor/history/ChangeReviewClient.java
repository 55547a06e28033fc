package io.vetted.vendor.history;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ChangeReviewClient extends ChangeReviewOperations {}
