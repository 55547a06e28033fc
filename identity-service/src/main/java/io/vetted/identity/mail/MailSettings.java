package io.vetted.identity.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * @param siteUrl      the web UI's public address, which links in mails point to ({@code SITE_URL})
 * @param from         sender address ({@code MAIL_FROM})
 * @param smtpHost     SMTP server ({@code SMTP_HOST}); blank writes mails to the mail log instead
 * @param smtpPort     its port ({@code SMTP_PORT})
 * @param smtpUsername login, if the server wants one ({@code SMTP_USERNAME})
 * @param smtpPassword its password ({@code SMTP_PASSWORD})
 * @param smtpStartTls whether to require STARTTLS ({@code SMTP_STARTTLS})
 */
@ConfigurationProperties("vetted.mail")
public record MailSettings(
        @NotBlank String siteUrl,
        @NotBlank String from,
        @Nullable String smtpHost,
        int smtpPort,
        @Nullable String smtpUsername,
        @Nullable String smtpPassword,
        boolean smtpStartTls) {

    public boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
