package uk.lscb.casereview.bot.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.reports.AnnualReport;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The annual report's charts, drawn on the server by JFreeChart into SVG (JFreeSVG), each an {@code <svg role="img">}
 * with a title and a description that says what it shows; the figures are in the data table beside it. Colours
 * from GOV.UK's palette, each series also told apart by its place in the stack and named in the legend.
 */
final class Charts {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final Color[] PALETTE = {new Color(0x1d70b8), new Color(0xf47738), new Color(0x00703c),
        new Color(0x4c2c92), new Color(0xd4351c), new Color(0x505a5f), new Color(0x912b88), new Color(0x28a197)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() {
    }

    /** The outcomes decided in the year, in the outcomes' order. */
    static List<Outcome> outcomesDecided(AnnualReport report) {
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        report.decisionsByMonth().values().forEach(month -> seen.addAll(month.keySet()));
        return new ArrayList<>(seen);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** Decisions per month, stacked by outcome. */
    static String decisionsPerMonth(AnnualReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Outcome> outcomes = outcomesDecided(report);
        for (Map.Entry<YearMonth, Map<Outcome, Integer>> month : report.decisionsByMonth().entrySet()) {
            for (Outcome outcome : outcomes) {
                data.addValue(month.getValue().getOrDefault(outcome, 0), outcome.label(),
                        month.getKey().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK));
            }
        }
        return svg("chart-decisions", "Decisions per month by outcome, " + report.year().written(),
                "A stacked bar chart of the Chair's " + report.decided() + " decisions in each month from April to "
                        + "March, by outcome. The table below gives the same figures.",
                chart(data, PlotOrientation.VERTICAL, "Decisions"), 720, 360);
    }

    /** Deadlines kept on time, late and not yet due, one bar per deadline. */
    static String timeliness(AnnualReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DeadlineKind kind : report.timed()) {
            AnnualReport.Timeliness kept = report.timeliness().get(kind);
            String label = shortLabel(kind);
            data.addValue(kept.onTime(), "On time", label);
            data.addValue(kept.late(), "Late", label);
            data.addValue(kept.open(), "Not yet due", label);
        }
        return svg("chart-timeliness", "Timeliness against each deadline, " + report.year().written(),
                "A stacked bar chart, one bar per deadline due in the year: how many were kept on time, how many "
                        + "late and how many are not yet due. The table below gives the same figures and the median "
                        + "days late.", chart(data, PlotOrientation.HORIZONTAL, "Deadlines due in the year"), 720, 320);
    }

    static String shortLabel(DeadlineKind kind) {
        return switch (kind) {
            case CHAIR_DECISION -> "Chair's decision";
            case NATIONAL_PANEL_NOTIFICATION -> "National panel notified";
            case SCR_COMPLETION -> "SCR completed";
            case NATIONAL_PANEL_REPORT_COPY -> "Report copy to the panel";
            case AGENCY_INFORMATION -> "Agencies' information";
            case PUBLICATION_MINIMUM -> "Stays published";
            case SERIOUS_INCIDENT_NOTIFICATION -> "Serious incident notified";
            case RAPID_REVIEW -> "Rapid review";
            case LOCAL_REVIEW_PUBLICATION -> "Local review published";
        };
    }

    private static JFreeChart chart(DefaultCategoryDataset data, PlotOrientation orientation, String valueAxis) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        NumberAxis values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setLabelFont(TEXT);
        values.setTickLabelFont(TEXT);
        org.jfree.chart.axis.CategoryAxis categories = new org.jfree.chart.axis.CategoryAxis();
        categories.setTickLabelFont(TEXT);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        JFreeChart chart = new JFreeChart(null, TEXT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TEXT);
        return chart;
    }

    private static String svg(String id, String title, String description, JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        String svg = graphics.getSVGElement(id);
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open - 1) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + Html.text(title) + "</title><desc id=\"" + id + "-desc\">"
                + Html.text(description) + "</desc>" + svg.substring(open);
    }
}
