package io.vetted.review.verification;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface VerificationClient extends VerificationOperations {}
