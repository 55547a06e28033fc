package io.vetted.identity.linkage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * @param hashKey              HMAC key for the hashes ({@code VETTED_LINKAGE_HASH_KEY}); generated locally when blank
 * @param retention            how long a signal is kept after it was last seen ({@code VETTED_LINKAGE_RETENTION})
 * @param sharedAddressCeiling an address seen for more accounts than this is a shared gateway (mobile
 *                             carrier, company proxy) and links nobody
 */
@ConfigurationProperties("vetted.linkage")
public record LinkageSettings(
        @Nullable String hashKey,
        @Bindable(defaultValue = "365d") Duration retention,
        @Bindable(defaultValue = "20") int sharedAddressCeiling) {}
