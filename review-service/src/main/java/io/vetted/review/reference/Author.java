package io.vetted.review.reference;

import io.vetted.review.trust.Domains;
import java.util.UUID;

/** Who writes, as the token says: account, display name, email. */
record Author(UUID accountId, String name, String email) {

    String emailDomain() {
        return Domains.ofEmail(email);
    }
}
