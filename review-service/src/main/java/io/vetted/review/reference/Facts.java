package io.vetted.review.reference;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;

/** What the client observed, beyond opinions. */
@Embeddable
@Serdeable
public record Facts(boolean priceIncrease, Subcontracting subcontracting, AfterHoursIncident afterHoursIncident) {}
