package io.vetted.e2e;

import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.openqa.selenium.WebDriver;

/**
 * Starts the platform (with the moderator account) for an {@link OnPlatform} class and hands its
 * fields what they ask for by type; only what a class declares is created (a browser only for a
 * class with a WebDriver field). Everything is closed in reverse order when the class is done, also
 * when a later step of the start-up failed.
 */
final class PlatformExtension implements TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        Started started = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> new Started(test.getClass()), Started.class);
        for (Field field : test.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                continue;
            }
            Object value = started.get(field.getType());
            if (value != null) {
                field.setAccessible(true);
                field.set(test, value);
            }
        }
    }

    /** What one class runs against; closed by JUnit with the class's extension context. */
    private static final class Started implements ExtensionContext.Store.CloseableResource {

        private final Class<?> owner;
        private final Map<Class<?>, Object> made = new HashMap<>();
        private final Deque<AutoCloseable> closing = new ArrayDeque<>();

        Started(Class<?> owner) {
            this.owner = owner;
        }

        Object get(Class<?> type) {
            if (type == Platform.class) {
                return platform();
            }
            if (type == Api.class) {
                return api();
            }
            if (type == Identities.class) {
                return once(Identities.class, () -> closed(new Identities(platform(), api())));
            }
            if (type == VendorProfiles.class) {
                return once(VendorProfiles.class, () -> new VendorProfiles(api()));
            }
            if (type == WebDriver.class) {
                return once(WebDriver.class, this::browser);
            }
            return null;
        }

        private Platform platform() {
            return once(Platform.class, () -> closed(started()));
        }

        private Platform started() {
            OnPlatform on = owner.getAnnotation(OnPlatform.class);
            return on != null && !on.webUi()
                    ? Platform.withoutWebUi(owner, Sessions.withModerator())
                    : Platform.start(owner, Sessions.withModerator());
        }

        private Api api() {
            return once(Api.class, () -> closed(new Api(platform())));
        }

        private WebDriver browser() {
            WebDriver browser = Browser.chromium("fr");
            closing.push(browser::quit);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            return browser;
        }

        private <T> T once(Class<T> type, Supplier<T> make) {
            Object existing = made.get(type);
            if (existing == null) {
                existing = make.get();
                made.put(type, existing);
            }
            return type.cast(existing);
        }

        private <T extends AutoCloseable> T closed(T resource) {
            closing.push(resource);
            return resource;
        }

        @Override
        public void close() throws Exception {
            Exception first = null;
            while (!closing.isEmpty()) {
                try {
                    closing.pop().close();
                } catch (Exception e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
