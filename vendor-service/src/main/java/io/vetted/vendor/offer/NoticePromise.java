package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.UUID;

/** A notice period an offer of lineage {@code lineageId} promised for price changes, from {@code promisedAt}. */
@Introspected
record NoticePromise(UUID lineageId, int noticeDays, Instant promisedAt) {}
