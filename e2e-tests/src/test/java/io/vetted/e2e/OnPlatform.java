package io.vetted.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class run against the whole platform, started once for the class: its fields of type
 * Platform, Api, Identities, VendorProfiles and WebDriver are filled before its {@code @BeforeAll}
 * methods run and closed after its {@code @AfterAll} methods (see {@link PlatformExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PlatformExtension.class)
@interface OnPlatform {

    /** False for a class that only calls the services' APIs: web-ui is then not started (CI time). */
    boolean webUi() default true;
}
