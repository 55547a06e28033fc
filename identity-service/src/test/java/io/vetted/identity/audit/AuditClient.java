package io.vetted.identity.audit;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface AuditClient extends AuditOperations {}
