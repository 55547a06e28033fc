package io.vetted.review.contact;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ContactClient extends ContactOperations {}
