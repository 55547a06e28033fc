package io.vetted.vendor.company;

import java.util.UUID;

/** A provider's SIREN changed: once the change is committed, the register is asked about it. */
record RegisterCheckRequested(UUID providerId) {}
