package io.vetted.identity.throttle;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the person behind the current request. {@code X-Forwarded-For} is believed only
 * from {@code TRUSTED_PROXIES} (web-ui forwards its visitors' addresses); anyone else could write
 * it, so for them the connection's own address counts.
 */
@Singleton
public class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${vetted.security.trusted-proxies:127.0.0.1,0:0:0:0:0:0:0:1}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    }

    public String current() {
        return ServerRequestContext.currentRequest().map(this::of).orElse("unknown");
    }

    String of(HttpRequest<?> request) {
        String remote = request.getRemoteAddress().getAddress().getHostAddress();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",", -1);
        String last = hops[hops.length - 1].strip();
        return last.matches("[0-9A-Fa-f:.]{2,45}") ? last : remote;
    }
}
