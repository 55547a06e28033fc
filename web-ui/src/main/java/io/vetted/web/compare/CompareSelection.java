package io.vetted.web.compare;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The providers a visitor set aside to compare, up to four, kept in a cookie so the choice
 * survives searches without an account. Only well-formed ids are read back.
 */
@Singleton
public class CompareSelection {

    public static final int MAX = 4;
    static final String COOKIE = "__Host-vetted_compare";

    public List<UUID> of(HttpRequest<?> request) {
        String value =
                request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("");
        List<UUID> ids = new ArrayList<>();
        for (String part : value.split("\\.", -1)) {
            try {
                UUID id = UUID.fromString(part);
                if (!ids.contains(id) && ids.size() < MAX) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException e) {
                // a tampered or truncated cookie loses only its unreadable part
            }
        }
        return ids;
    }

    Cookie cookie(List<UUID> ids) {
        String value = String.join(".", ids.stream().map(UUID::toString).toList());
        return Cookie.of(COOKIE, value)
                .httpOnly(true)
                .secure(true)
                .path("/")
                .sameSite(SameSite.Lax)
                .maxAge(ids.isEmpty() ? Duration.ZERO : Duration.ofDays(30));
    }

    static List<UUID> parse(List<String> values) {
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .map(v -> {
                    try {
                        return UUID.fromString(v);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .distinct()
                .limit(MAX)
                .toList();
    }
}
