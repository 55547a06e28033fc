package io.vetted.web.security;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form handler whose {@link CsrfForm} must carry the visitor's CSRF token. Checked around
 * the handler rather than in micronaut-security-csrf's filter, whose form-body path fails on
 * requests whose body arrives after their headers (micronaut-security issue 1984).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
@InterceptorBinding
public @interface CsrfProtected {}
