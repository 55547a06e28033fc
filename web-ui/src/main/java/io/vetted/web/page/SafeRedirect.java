package io.vetted.web.page;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/** Redirect targets taken from a form are kept on this site: a local path, never {@code //evil} or a URL. */
public final class SafeRedirect {

    private SafeRedirect() {}

    public static URI to(@Nullable String target) {
        boolean local = target != null
                && target.startsWith("/")
                && !target.startsWith("//")
                && !target.contains("\\")
                && target.chars().noneMatch(Character::isISOControl);
        try {
            return URI.create(local ? target : "/");
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}
