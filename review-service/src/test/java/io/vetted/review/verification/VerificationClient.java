package io.vetted.review.verification;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface VerificationClient extends VerificationOperations {}
