package io.vetted.vendor.provider;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface MembershipClient extends MembershipOperations {}
