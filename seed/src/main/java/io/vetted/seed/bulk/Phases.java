package io.vetted.seed.bulk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Times each phase of a load and prints a summary, so a slow step is named rather than guessed. */
final class Phases {

    interface Step {
        long run() throws Exception;
    }

    private final Map<String, String> done = Collections.synchronizedMap(new LinkedHashMap<>());

    void run(String name, Step step) {
        long started = System.nanoTime();
        long rows;
        try {
            rows = step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format(Locale.ROOT, "%-28s %10.1f s %,14d rows", name, seconds, rows);
        done.put(name, line);
        Progress.println(line);
    }

    String summary() {
        synchronized (done) {
            return String.join("\n", done.values());
        }
    }
}
