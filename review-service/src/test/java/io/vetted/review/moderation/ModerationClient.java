package io.vetted.review.moderation;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ModerationClient extends ModerationOperations {}
