package io.vetted.vendor.team;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** @param siteUrl the web UI's public address, which the invitation mail links to */
@ConfigurationProperties("vetted.notices")
record TeamMailConfiguration(@NotBlank String siteUrl) {}
