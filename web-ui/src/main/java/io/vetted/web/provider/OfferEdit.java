package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorModels;

/** The offer form and, when changing one, the offer as it stands (with its price history). */
public record OfferEdit(OfferForm form, @Nullable VendorModels.Offer offer) {}
