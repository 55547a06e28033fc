package io.vetted.web.provider;

import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An offer's price history as a step line in SVG coordinates: each price holds from its first day
 * until the next one, and the last one until today (or until an announced price starts).
 */
public record PriceChart(String path, List<Dot> dots, String low, String high, String first, String last) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 110;
    private static final int LEFT = 8;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 14;

    /** A price change: where it is drawn, what it says, and whether it was a rise with short notice. */
    public record Dot(int x, int y, String label, boolean warning) {}

    public static PriceChart of(PageContext ctx, List<VendorModels.PricePoint> points, LocalDate today) {
        LocalDate start = points.get(0).effectiveFrom();
        LocalDate lastChange = points.get(points.size() - 1).effectiveFrom();
        LocalDate end = (lastChange.isAfter(today) ? lastChange : today).plusDays(1);
        BigDecimal low = points.stream()
                .map(VendorModels.PricePoint::priceEur)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal high = points.stream()
                .map(VendorModels.PricePoint::priceEur)
                .max(BigDecimal::compareTo)
                .orElseThrow();
        double span = Math.max(high.subtract(low).doubleValue(), high.doubleValue() * 0.2);
        double bottom = low.doubleValue() - span * 0.25;
        double top = high.doubleValue() + span * 0.25;
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));

        StringBuilder path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (VendorModels.PricePoint point : points) {
            int x = LEFT
                    + (int) Math.round((WIDTH - LEFT - RIGHT)
                            * ChronoUnit.DAYS.between(start, point.effectiveFrom())
                            / (double) days);
            int y = TOP
                    + (int) Math.round(
                            (HEIGHT - TOP - BOTTOM) * (top - point.priceEur().doubleValue()) / (top - bottom));
            path.append(path.length() == 0 ? "M" + x + " " + y : " H" + x + " V" + y);
            dots.add(new Dot(
                    x,
                    y,
                    Formats.date(ctx, point.effectiveFrom()) + " : " + ctx.money(point.priceEur()),
                    point.shortNotice()));
        }
        path.append(" H").append(WIDTH - RIGHT);
        return new PriceChart(
                path.toString(),
                dots,
                ctx.money(low),
                ctx.money(high),
                Formats.date(ctx, start),
                Formats.date(ctx, end.minusDays(1)));
    }
}
