package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A notice period an offer promised for price changes, from {@code promisedAt}. */
@Introspected
record NoticePromise(int noticeDays, Instant promisedAt) {}
