package io.vetted.seed.bulk;

import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Progress of the tables being loaded, on stderr: {@code [#####.....] 42% 420,000/1,000,000 refs
 * 95,000/s ETA 6s}. On a terminal the bars of every table loading at that moment share one line,
 * redrawn four times a second; otherwise (a log file, CI) one line per table every five seconds.
 * Workers only bump a counter; one daemon thread draws.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 20;
    private static final PrintStream OUT = System.err;
    private static final boolean TERMINAL = onTerminal();
    private static final List<Progress> ACTIVE = new CopyOnWriteArrayList<>();
    private static Thread painter;

    private final String label;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();

    Progress(String label, String unit, long total) {
        this.label = label;
        this.unit = unit;
        this.total = Math.max(total, 1);
        ACTIVE.add(this);
        startPainter();
    }

    void step(long count) {
        done.addAndGet(count);
    }

    /** A line of its own, printed so that it does not end up in the middle of a bar. */
    static void println(String line) {
        synchronized (OUT) {
            OUT.print(TERMINAL ? "\r\033[K" : "");
            OUT.println(line);
        }
    }

    /**
     * Up to Java 21 there is a console only when the streams are a terminal; from Java 22 there always is one,
     * and {@code Console.isTerminal()} (looked up by reflection, as the build targets 17) tells.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is the answer up to Java 21; isTerminal() after
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static synchronized void startPainter() {
        if (painter == null) {
            painter = new Thread(Progress::paintForever, "progress");
            painter.setDaemon(true);
            painter.start();
        }
    }

    private static void paintForever() {
        try {
            while (true) {
                Thread.sleep(TERMINAL ? 250 : 5000);
                synchronized (OUT) {
                    if (TERMINAL && !ACTIVE.isEmpty()) {
                        OUT.print(
                                "\r\033[K" + ACTIVE.stream().map(Progress::line).collect(Collectors.joining("  ")));
                    } else {
                        ACTIVE.forEach(p -> OUT.println(p.line()));
                    }
                    OUT.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String line() {
        long count = Math.min(done.get(), total);
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        double rate = count / seconds;
        int filled = (int) (WIDTH * count / total);
        String eta = rate > 0 ? Math.round((total - count) / rate) + "s" : "?";
        return String.format(
                Locale.ROOT,
                "%s [%s%s] %d%% %,d/%,d %s %,d/s ETA %s",
                label,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                100 * count / total,
                count,
                total,
                unit,
                Math.round(rate),
                eta);
    }

    @Override
    public void close() {
        ACTIVE.remove(this);
        println(line());
    }
}
