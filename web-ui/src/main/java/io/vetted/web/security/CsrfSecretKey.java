package io.vetted.web.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * CSRF tokens are signed with {@code CSRF_SIGNATURE_KEY} when given, else with a key generated
 * once into {@code $VETTED_HOME} (replicas behind one load balancer must share the key).
 */
@Singleton
final class CsrfSecretKey implements BeanCreatedEventListener<CsrfConfiguration> {

    private final LocalSecrets secrets;

    CsrfSecretKey(LocalSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public CsrfConfiguration onCreated(BeanCreatedEvent<CsrfConfiguration> event) {
        CsrfConfiguration configured = event.getBean();
        String key = secrets.configuredOrLocal(
                configured.getSecretKey(), "csrf-signature-key", () -> LocalSecrets.randomToken(32));
        return new WithKey(configured, key);
    }

    private record WithKey(CsrfConfiguration delegate, String key) implements CsrfConfiguration {

        @Override
        public String getSecretKey() {
            return key;
        }

        @Override
        public int getRandomValueSize() {
            return delegate.getRandomValueSize();
        }

        @Override
        public String getHeaderName() {
            return delegate.getHeaderName();
        }

        @Override
        public String getHttpSessionName() {
            return delegate.getHttpSessionName();
        }

        @Override
        public String getFieldName() {
            return delegate.getFieldName();
        }

        @Override
        public boolean isSessionCookie() {
            return delegate.isSessionCookie();
        }

        @Override
        public boolean isEnabled() {
            return delegate.isEnabled();
        }

        @Override
        public String getCookieName() {
            return delegate.getCookieName();
        }

        @Override
        public Optional<String> getCookieDomain() {
            return delegate.getCookieDomain();
        }

        @Override
        public Optional<String> getCookiePath() {
            return delegate.getCookiePath();
        }

        @Override
        public Optional<Boolean> isCookieHttpOnly() {
            return delegate.isCookieHttpOnly();
        }

        @Override
        public Optional<Boolean> isCookieSecure() {
            return delegate.isCookieSecure();
        }

        @Override
        public Optional<TemporalAmount> getCookieMaxAge() {
            return delegate.getCookieMaxAge();
        }

        @Override
        public Optional<SameSite> getCookieSameSite() {
            return delegate.getCookieSameSite();
        }
    }
}
