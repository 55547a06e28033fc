package io.vetted.review.notice;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** @param siteUrl the web UI's public address, which links in mails point to */
@ConfigurationProperties("vetted.notices")
public record NoticeConfiguration(@NotBlank String siteUrl) {}
