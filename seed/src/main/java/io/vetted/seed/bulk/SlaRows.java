package io.vetted.seed.bulk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Service levels: office hours, after-hours cover, response and resolution targets that always add up. */
final class SlaRows {

    private static final List<String> WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    private static final List<String> WEEK_AND_SATURDAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY");
    private static final int[] CRITICAL = {15, 30, 60, 60, 120, 240, 480};

    private final Population population;

    SlaRows(Population population) {
        this.population = population;
    }

    void write(int i, CopyRows rows) throws SQLException {
        SplittableRandom random = population.random(Ids.CLAIM + 300, i);
        Instant created = ProviderProfile.of(population, i).createdAt();
        if (random.nextDouble() < 0.1) {
            // not filled in yet: the section exists with its defaults, as after sign-up
            rows.uuid(population.providerId(i))
                    .codes(List.of())
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .raw(null)
                    .text("")
                    .raw(null)
                    .text("")
                    .raw(0)
                    .time(created)
                    .time(created);
            rows.end();
            return;
        }
        double cover = random.nextDouble();
        String afterHours = cover < 0.45 ? "NONE" : cover < 0.85 ? "ON_CALL" : "TWENTY_FOUR_SEVEN";
        int critical = CRITICAL[random.nextInt(CRITICAL.length)];
        int high = critical * (2 + random.nextInt(3));
        int normal = high * (2 + random.nextInt(4));
        BigDecimal availability =
                BigDecimal.valueOf(99 + random.nextInt(100) / 100.0).setScale(3, RoundingMode.HALF_UP);
        rows.uuid(population.providerId(i))
                .codes(random.nextDouble() < 0.2 ? WEEK_AND_SATURDAY : WEEK)
                .raw(List.of("08:00", "08:30", "09:00").get(random.nextInt(3)))
                .raw(List.of("18:00", "18:30", "19:00").get(random.nextInt(3)))
                .raw(afterHours)
                .raw(afterHours.equals("NONE") ? null : 25 + 25 * random.nextInt(5))
                .raw(critical)
                .raw(critical * (4 + random.nextInt(8)))
                .raw(high)
                .raw(high * (3 + random.nextInt(6)))
                .raw(normal)
                .raw(Math.min(129600, normal * (3 + random.nextInt(10))))
                .raw(availability.toPlainString())
                .text(random.nextDouble() < 0.4 ? "Avoir de 5 % de la mensualité par heure de dépassement." : "")
                .raw(List.of("NONE", "WEEKLY", "MONTHLY", "MONTHLY", "QUARTERLY")
                        .get(random.nextInt(5)))
                .text(Texts.pick(Texts.WORKING_METHODS, random.nextLong()))
                .raw(0)
                .time(created)
                .time(created);
        rows.end();
    }
}
