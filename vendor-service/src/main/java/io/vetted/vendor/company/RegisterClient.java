package io.vetted.vendor.company;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/** The public company register's search API; base URL and timeouts under {@code micronaut.http.services.company-register}. */
@Client(id = "company-register")
@Header(name = "Accept", value = "application/json")
interface RegisterClient {

    @Get("/search")
    RegisterAnswer search(@QueryValue("q") String query);
}
