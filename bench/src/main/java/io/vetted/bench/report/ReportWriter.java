package io.vetted.bench.report;

import io.vetted.bench.Options;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Turns the raw figures of a bench/run into REPORT.md and latency.png.
 * {@code java -cp bench.jar io.vetted.bench.report.ReportWriter --raw raw.csv --machine machine.properties
 * --out bench/results [--notes bench/notes.md]}; the notes (the analysis of the misses) go in verbatim.
 */
public final class ReportWriter {

    private ReportWriter() {}

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path out = Path.of(options.get("out"));
        String notesFile = options.get("notes", null);
        String notes =
                notesFile != null && Files.exists(Path.of(notesFile)) ? Files.readString(Path.of(notesFile)) : null;
        write(Path.of(options.get("raw")), Path.of(options.get("machine")), notes, out);
        System.out.println("Wrote " + out.resolve("REPORT.md") + " and " + out.resolve("latency.png"));
    }

    public static void write(Path raw, Path machineFile, String notes, Path out) throws IOException {
        Figures figures = Figures.read(raw);
        Properties machine = new Properties();
        try (Reader reader = Files.newBufferedReader(machineFile)) {
            machine.load(reader);
        }
        Files.createDirectories(out);
        String report = new MarkdownReport(figures, machine).render(new ReportTable(figures).rows(), notes);
        Files.writeString(out.resolve("REPORT.md"), report);
        new LatencyChart(figures).write(out.resolve("latency.png"));
    }
}
