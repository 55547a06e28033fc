package io.vetted.vendor.catalog;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface CatalogClient extends CatalogOperations {}
