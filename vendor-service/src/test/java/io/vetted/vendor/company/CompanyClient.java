package io.vetted.vendor.company;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface CompanyClient extends CompanyOperations {}
