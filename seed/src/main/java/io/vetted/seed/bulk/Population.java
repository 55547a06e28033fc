package io.vetted.seed.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Who exists, decided before any row is written: how many providers, client accounts and
 * references, each provider's latent quality and number of references. Everything else about a
 * row is recomputed from the seed and its number, so loaders of different databases agree.
 */
final class Population {

    static final Duration FIVE_YEARS = Duration.ofDays(5 * 365);
    /** Seeded references are at least this old, so no seeded client is near the daily limit. */
    static final Duration NEWEST_REFERENCE = Duration.ofDays(2);

    final int providers;
    final int smes;
    final long references;
    final long seed;
    final Instant now;
    final Ids ids;
    final Pools pools;
    private final float[] quality;
    private final long[] firstReference;

    Population(int providers, long references, long seed, Instant now, Pools pools) {
        this.providers = providers;
        this.references = references;
        this.smes = (int) Math.max(Math.min(references, 50), references / 4);
        this.seed = seed;
        this.now = now;
        this.ids = new Ids(seed);
        this.pools = pools;
        this.quality = new float[providers];
        this.firstReference = new long[providers + 1];
        allocate();
    }

    /** Quality ~ N(3.9, 0.6); reference counts follow a long tail (log-normal weights), some providers have none. */
    private void allocate() {
        SplittableRandom random = new SplittableRandom(seed);
        double[] weight = new double[providers];
        double total = 0;
        for (int i = 0; i < providers; i++) {
            quality[i] = (float) Math.max(1.5, Math.min(4.9, 3.9 + 0.6 * random.nextGaussian()));
            weight[i] = random.nextDouble() < 0.08 ? 0 : Math.exp(random.nextGaussian());
            total += weight[i];
        }
        long cap = Math.max(1, smes / 2);
        long assigned = 0;
        long[] count = new long[providers];
        for (int i = 0; i < providers && total > 0; i++) {
            count[i] = Math.min(cap, (long) Math.floor(references * weight[i] / total));
            assigned += count[i];
        }
        for (int i = 0; assigned < references && providers > 0; i = (i + 1) % providers) {
            if (weight[i] > 0 && count[i] < cap) {
                count[i]++;
                assigned++;
            }
        }
        for (int i = 0; i < providers; i++) {
            firstReference[i + 1] = firstReference[i] + count[i];
        }
    }

    double quality(int provider) {
        return quality[provider];
    }

    long firstReference(int provider) {
        return firstReference[provider];
    }

    int referenceCount(int provider) {
        return (int) (firstReference[provider + 1] - firstReference[provider]);
    }

    SplittableRandom random(int kind, long number) {
        return new SplittableRandom(Ids.mix(seed ^ Ids.mix(((long) kind << 48) ^ number)));
    }

    UUID providerId(int provider) {
        return ids.uuid(Ids.PROVIDER, provider);
    }

    UUID ownerId(int provider) {
        return ids.uuid(Ids.OWNER, provider);
    }

    UUID smeId(int sme) {
        return ids.uuid(Ids.SME, sme);
    }

    UUID moderatorId() {
        return ids.uuid(Ids.MODERATOR, 0);
    }

    /** Sign-in addresses, numbered from 1; the reserved .test domain never receives mail. */
    static String ownerEmail(int provider) {
        return "provider" + (provider + 1) + "@provider" + (provider + 1) + ".test";
    }

    static String smeEmail(int sme) {
        return "sme" + (sme + 1) + "@client" + (sme + 1) + ".test";
    }

    static String smeDomain(int sme) {
        return "client" + (sme + 1) + ".test";
    }

    static final String MODERATOR_EMAIL = "moderator@vetted-seed.test";

    String ownerName(int provider) {
        return pools.person(Ids.mix(seed + 31L * provider));
    }

    String smeName(int sme) {
        return pools.person(Ids.mix(seed + 17L * sme + 5));
    }

    /** SME accounts exist before any reference: they signed up five to six years ago. */
    Instant smeCreatedAt(int sme) {
        return now.minus(FIVE_YEARS).minusSeconds(Math.floorMod(Ids.mix(seed ^ sme), 365L * 86400));
    }
}
