package io.vetted.seed.bulk;

import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import net.datafaker.Faker;

/**
 * French names and company names drawn from Datafaker once, up front: a Faker call per row would
 * cost more than the whole COPY. Rows then pick from these pools by hash.
 */
final class Pools {

    final String[] firstNames;
    final String[] lastNames;
    final String[] companies;

    Pools(long seed) {
        Faker faker = new Faker(Locale.FRANCE, new Random(seed));
        firstNames = pool(1500, () -> faker.name().firstName());
        lastNames = pool(3000, () -> faker.name().lastName());
        companies = pool(4000, () -> faker.company().name());
    }

    private static String[] pool(int size, Supplier<String> source) {
        return IntStream.range(0, size)
                .mapToObj(i -> source.get().strip())
                .filter(s -> !s.isEmpty() && s.length() <= 80)
                .distinct()
                .toArray(String[]::new);
    }

    static String pick(String[] pool, long hash) {
        return pool[(int) Math.floorMod(hash, (long) pool.length)];
    }

    String person(long hash) {
        return pick(firstNames, hash) + " " + pick(lastNames, Ids.mix(hash));
    }
}
