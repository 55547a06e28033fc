package io.vetted.buyer.watch;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** The providers an account watches explicitly, the latest first. */
@Serdeable
public record WatchList(List<UUID> providerIds) {}
