package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.vendor.search.SearchIndex;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Moderators' decisions that take a profile off line or change its SIREN, each with its search row. */
@Singleton
public class ProviderStatusChanges {

    private final ProviderRepository providers;
    private final SearchIndex search;

    ProviderStatusChanges(ProviderRepository providers, SearchIndex search) {
        this.providers = providers;
        this.search = search;
    }

    /** Back to draft with the reason its owner reads; a draft keeps its status and learns the reason. */
    @Transactional
    public Provider unpublish(Provider provider, UnpublishedReason code, @Nullable String siren, String reason) {
        return save(provider.unpublished(code, siren, reason));
    }

    @Transactional
    public Provider save(Provider changed) {
        Provider saved = providers.update(changed);
        search.refresh(saved.id());
        return saved;
    }
}
