package io.vetted.identity.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

@Factory
class MailerFactory {

    @Singleton
    Mailer mailer(MailSettings settings, @Value("${vetted.home:}") String home) {
        return settings.smtpConfigured() ? new SmtpMailer(settings) : new LogFileMailer(home);
    }
}
