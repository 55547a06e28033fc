package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/** The one-button forms of the profile pages. */
public final class SmallForms {

    private SmallForms() {}

    /** Publish ({@code PUBLISHED}) or take back to draft ({@code DRAFT}). */
    @Serdeable
    public record StatusForm(
            @Nullable String csrfToken,
            long version,
            @Nullable String status) implements CsrfForm {}

    /** A claim and its evidence; {@code version} is empty for a new claim. */
    @Serdeable
    public record ClaimForm(
            @Nullable String csrfToken,
            @Nullable Long version,
            @Nullable String detail,
            @Nullable String evidence) implements CsrfForm {}

    /** Withdrawing an offer or a claim, at the version the owner saw. */
    @Serdeable
    public record WithdrawForm(@Nullable String csrfToken, long version) implements CsrfForm {}

    /** A moderator's decision on a claim, and where to go back to. */
    @Serdeable
    public record ReviewForm(
            @Nullable String csrfToken,
            long version,
            @Nullable String status,
            @Nullable String returnTo) implements CsrfForm {}
}
