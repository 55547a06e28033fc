package io.vetted.review.moderation;

import io.micronaut.http.client.annotation.Client;

@Client("/")
public interface ModerationClient extends ModerationOperations {}
