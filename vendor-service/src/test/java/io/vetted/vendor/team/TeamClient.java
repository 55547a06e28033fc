package io.vetted.vendor.team;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface TeamClient extends TeamOperations {}
