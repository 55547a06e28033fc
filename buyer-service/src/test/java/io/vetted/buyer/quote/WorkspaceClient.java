package io.vetted.buyer.quote;

import io.micronaut.http.client.annotation.Client;
import io.vetted.buyer.shortlist.ShortlistOperations;

/** The shortlists a quote request starts from. */
@Client("/")
interface WorkspaceClient extends ShortlistOperations {}
