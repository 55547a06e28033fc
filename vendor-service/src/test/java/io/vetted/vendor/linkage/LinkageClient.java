package io.vetted.vendor.linkage;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface LinkageClient extends LinkageOperations {}
