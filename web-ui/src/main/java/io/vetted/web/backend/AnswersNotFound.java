package io.vetted.web.backend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write whose caller tells the visitor itself what a 404 means (a spent unsubscribe link has a
 * page of its own, a draft cannot invite clients yet): {@link RefusedWrites} leaves its 404 to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersNotFound {}
