package io.vetted.e2e.drill;

import java.time.Duration;

/**
 * A drill's size, from system properties the {@code bench/drill} script passes: clients per kind of
 * write, writes per second per client, how long the load runs before faults begin and after, fault
 * rounds, and the providers references are written about and the authors each reference client
 * writes as (one reference per author and provider: their product bounds the references written).
 */
public record DrillOptions(
        int clientsPerKind, double ratePerClient, Duration warmUp, int rounds, int providers, int authorsPerClient) {

    public static DrillOptions fromSystemProperties() {
        return new DrillOptions(
                Integer.getInteger("vetted.drill.clients", 3),
                Double.parseDouble(System.getProperty("vetted.drill.rate", "1")),
                Duration.ofSeconds(Integer.getInteger("vetted.drill.warmup", 10)),
                Integer.getInteger("vetted.drill.rounds", 2),
                Integer.getInteger("vetted.drill.providers", 6),
                Integer.getInteger("vetted.drill.authors", 40));
    }
}
