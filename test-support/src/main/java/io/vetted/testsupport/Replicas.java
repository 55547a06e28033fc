package io.vetted.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A replicated platform's services: each service's replicas (the first stands for the service in
 * {@link Platform}'s fields) and the HAProxy frontend, on the port the service would have had alone,
 * that balances over them.
 */
final class Replicas {

    private final int count;
    private final LoadBalancer balancer;
    private final Map<ServiceProcess, List<ServiceProcess>> replicas = new IdentityHashMap<>();
    private final Map<ServiceProcess, String> addresses = new IdentityHashMap<>();

    Replicas(int count, Path home, Path logs) {
        this.count = count;
        this.balancer = new LoadBalancer(home, logs);
    }

    /** Makes {@code count} replicas of {@code module} (numbered from 1) behind a frontend on {@code port}. */
    ServiceProcess add(String module, int port, IntFunction<ServiceProcess> replica) {
        List<ServiceProcess> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            made.add(replica.apply(i));
        }
        ServiceProcess first = made.get(0);
        replicas.put(first, List.copyOf(made));
        addresses.put(first, balancer.frontend(module, port, made));
        return first;
    }

    List<ServiceProcess> of(ServiceProcess service) {
        return Objects.requireNonNull(replicas.get(service), service.name() + " is no replicated service");
    }

    String address(ServiceProcess service) {
        return Objects.requireNonNull(addresses.get(service), service.name() + " is no replicated service");
    }

    LoadBalancer balancer() {
        return balancer;
    }
}
