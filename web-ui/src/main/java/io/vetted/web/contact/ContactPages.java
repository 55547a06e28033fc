package io.vetted.web.contact;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;

/** The page models of contact requests. */
public final class ContactPages {

    private ContactPages() {}

    /** Asking a reference's author for a conversation. */
    @Introspected
    public record Ask(
            PageContext ctx, ReviewClient.Reference reference, ContactForm form, Map<String, String> errors) {}

    /** Both directions: requests on my references, and my own requests. */
    @Introspected
    public record Overview(
            PageContext ctx,
            List<ReviewClient.ContactRequest> received,
            List<ReviewClient.ContactRequest> sent,
            @Nullable String notice) {}
}
