package io.vetted.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * latency.png: p50 and p99 against the constant rate, the API beside pgbench on the same SQL at
 * the same rates, one panel per benchmarked call. The y axis is logarithmic: tails differ by
 * orders of magnitude once a rate nears saturation.
 */
final class LatencyChart {

    private static final int PANEL_WIDTH = 640;
    private static final int PANEL_HEIGHT = 400;
    private static final List<String> FRACTIONS = List.of("25", "50", "75");

    private final Figures figures;

    LatencyChart(Figures figures) {
        this.figures = figures;
    }

    void write(Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> targets = ReportTable.API_TARGETS;
        int columns = 2;
        int rowsOfPanels = (targets.size() + columns - 1) / columns;
        BufferedImage image =
                new BufferedImage(PANEL_WIDTH * columns, PANEL_HEIGHT * rowsOfPanels, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < targets.size(); i++) {
            Rectangle2D area = new Rectangle2D.Double(
                    (i % columns) * PANEL_WIDTH, (i / columns) * PANEL_HEIGHT, PANEL_WIDTH, PANEL_HEIGHT);
            panel(targets.get(i)).draw(g, area);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private JFreeChart panel(String target) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(target, "api", "p50", "API p50"));
        data.addSeries(series(target, "api", "p99", "API p99"));
        data.addSeries(series(target, "sql", "p50", "pgbench p50"));
        data.addSeries(series(target, "sql", "p99", "pgbench p99"));
        JFreeChart chart = ChartFactory.createXYLineChart(
                ReportTable.NAMES.get(target),
                "rate (requests or transactions/s)",
                "latency from scheduled start (ms)",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        LogAxis latency = new LogAxis("latency from scheduled start (ms, log)");
        latency.setSmallestValue(0.1);
        latency.setNumberFormatOverride(new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        plot.setRangeAxis(latency);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color api = new Color(0x1f77b4);
        Color sql = new Color(0xd62728);
        renderer.setSeriesPaint(0, api);
        renderer.setSeriesPaint(1, api);
        renderer.setSeriesPaint(2, sql);
        renderer.setSeriesPaint(3, sql);
        BasicStroke dashed =
                new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
        renderer.setSeriesStroke(0, dashed);
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesStroke(2, dashed);
        renderer.setSeriesStroke(3, new BasicStroke(2f));
        plot.setRenderer(renderer);
        return chart;
    }

    private XYSeries series(String target, String source, String metric, String label) {
        XYSeries series = new XYSeries(label);
        for (String fraction : FRACTIONS) {
            var rate = figures.latencyRate(target, fraction);
            var value = figures.latency(source, target, fraction, metric);
            if (rate.isPresent() && value.isPresent()) {
                series.add(rate.getAsDouble(), Math.max(0.1, value.getAsDouble()));
            }
        }
        return series;
    }
}
