package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.security.CsrfForm;

/** The multipart form's only text field; the file itself is bound on its own. */
public record EvidenceUploadForm(@Nullable String csrfToken) implements CsrfForm {}
