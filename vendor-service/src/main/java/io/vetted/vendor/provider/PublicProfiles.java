package io.vetted.vendor.provider;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Published profiles for buyers, read from their stored document when it is current, else put
 * together from their tables and stored for the next reader (docs/PERFORMANCE.md, "Provider page").
 */
@Singleton
class PublicProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(PublicProfiles.class);

    private final PublicProfileDocuments documents;
    private final ProfileService profiles;
    private final ObjectMapper json;

    PublicProfiles(PublicProfileDocuments documents, ProfileService profiles, ObjectMapper json) {
        this.documents = documents;
        this.profiles = profiles;
        this.json = json;
    }

    ProviderResponse published(UUID id) {
        Optional<PublicProfileDocument> stored = documents.findById(id);
        if (stored.isPresent() && stored.get().servableAt(Instant.now())) {
            try {
                return json.readValue(stored.get().body(), ProviderResponse.class);
            } catch (IOException e) {
                LOG.warn("The stored profile of {} does not read back; putting it together again", id, e);
            }
        }
        // read before the tables, so what the view computes from the clock is bounded from here on
        Instant builtAt = Instant.now();
        ProviderResponse built = profiles.published(id);
        keep(id, stored.map(PublicProfileDocument::generation).orElse(0L), builtAt, built);
        return built;
    }

    // The buyer has the profile either way (a failed store, whatever its cause, included); a document
    // not stored is put together by the next reader.
    private void keep(UUID id, long generation, Instant builtAt, ProviderResponse built) {
        try {
            documents.store(id, generation, builtAt, json.writeValueAsString(built));
        } catch (IOException | RuntimeException e) {
            LOG.debug("The profile of {} was not stored", id, e);
        }
    }
}
