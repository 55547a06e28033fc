package io.vetted.web.backend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A call made on nobody's behalf (signing in, public pages): {@link VisitorTokenForwarding} sends
 * it without the visitor's token, so it answers the same for everyone and a services' refusal of
 * the token (a provider without a second factor writing, an expiring token) cannot fail it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Anonymous {}
