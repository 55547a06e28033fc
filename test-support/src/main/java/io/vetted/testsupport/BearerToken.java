package io.vetted.testsupport;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;

/**
 * Whose token typed test clients send: {@code try (var as = BearerToken.as(token)) { client.call(); }}.
 * Rides on Micronaut's propagated context, so it reaches the client filter on any thread.
 */
public record BearerToken(String token) implements PropagatedContextElement {

    public static PropagatedContext.Scope as(String token) {
        return PropagatedContext.getOrEmpty().plus(new BearerToken(token)).propagate();
    }

    public static PropagatedContext.Scope as(TestIssuer.TestAccount account) {
        return as(account.token());
    }
}
