package io.vetted.vendor.linkage;

import io.micronaut.http.client.annotation.Client;
import io.vetted.vendor.team.TeamOperations;

@Client("/")
interface TeamCalls extends TeamOperations {}
