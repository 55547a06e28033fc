package io.vetted.buyer.requirements;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface RequirementsClient extends RequirementsOperations {}
