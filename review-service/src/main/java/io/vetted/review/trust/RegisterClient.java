package io.vetted.review.trust;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * The public French company register's search API (recherche-entreprises), at
 * {@code COMPANY_REGISTER_URL}: {@code GET /search?q=<siren>}.
 */
@Client(id = "register")
interface RegisterClient {

    @Get("/search{?q}")
    RegisterAnswer.Search search(@QueryValue String q);
}
