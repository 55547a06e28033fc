package io.vetted.vendor.compliance;

import io.micronaut.http.client.annotation.Client;

@Client("/")
interface ComplianceClient extends ComplianceOperations {}
