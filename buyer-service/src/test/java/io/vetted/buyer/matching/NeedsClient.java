package io.vetted.buyer.matching;

import io.micronaut.http.client.annotation.Client;
import io.vetted.buyer.requirements.RequirementsOperations;

/** Saves the requirements matching reads, through the buyer API as a buyer would. */
@Client("/")
interface NeedsClient extends RequirementsOperations {}
