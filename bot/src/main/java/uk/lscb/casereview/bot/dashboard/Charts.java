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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.reports.ActionsByStatus;
import uk.lscb.casereview.core.reports.AnnualReport;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The dashboard's and the annual report's charts, drawn on the server by JFreeChart into SVG (JFreeSVG), each an {@code <svg role="img">}
 * with a title and a description that says what it shows; the figures are in the data table beside it. Colours
 * from GOV.UK's palette, each series also told apart by its place in the stack and named in the legend. The SVG
 * carries its colours, lines and fonts in presentation attributes ({@code fill='rgb(29,112,184)'}), not in the
 * {@code style} attributes JFreeSVG writes: the pages' Content-Security-Policy has no {@code style-src
 * 'unsafe-inline'}, so a browser ignores inline styles and would draw every shape black.
 */
final class Charts {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final Color[] PALETTE = {new Color(0x1d70b8), new Color(0xf47738), new Color(0x00703c),
        new Color(0x4c2c92), new Color(0xd4351c), new Color(0x505a5f), new Color(0x912b88), new Color(0x28a197)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** JFreeSVG writes its attributes in single quotes, a style's declarations as {@code name:value;}. */
    private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");
    /** The properties JFreeSVG writes in a style, each of which SVG also takes as a presentation attribute. */
    private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "stroke", "stroke-width",
            "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
            "shape-rendering", "font-family", "font-size", "font-style", "font-weight", "letter-spacing");

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
                chart(data, PlotOrientation.VERTICAL, "Decisions", true), 720, 360);
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
                        + "days late.", chart(data, PlotOrientation.HORIZONTAL, "Deadlines due in the year", true), 720,
                320);
    }

    /**
     * A board's agencies' actions by where they stand (not started, in progress, done, overdue), one bar each.
     *
     * @param id unique on its page (the dashboard shows one per board)
     */
    static String actionsByStatus(String id, String boardName, ActionsByStatus actions, String when) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (LearningAction.Status status : LearningAction.Status.values()) {
            data.addValue(actions.count(status), "Actions", statusLabel(status));
        }
        return svg(id, "Actions by status, " + boardName + ", " + when, "A bar chart of " + boardName + "'s "
                        + actions.total() + " actions on its reviews' recommendations, one bar for each status: not "
                        + "started, in progress, done and overdue. The table below gives the same figures.",
                chart(data, PlotOrientation.VERTICAL, "Actions", false), 560, 280);
    }

    /** A status as a table's row and a chart's bar name it: "Not started". */
    static String statusLabel(LearningAction.Status status) {
        String label = status.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
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

    /** @param legend whether to name the series under the chart (not when there is one) */
    private static JFreeChart chart(DefaultCategoryDataset data, PlotOrientation orientation, String valueAxis,
                                    boolean legend) {
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
        JFreeChart chart = new JFreeChart(null, TEXT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            chart.getLegend().setItemFont(TEXT);
        }
        return chart;
    }

    private static String svg(String id, String title, String description, JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        String svg = presentationAttributes(graphics.getSVGElement(id));
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        // A viewBox, so that the chart scales to the width it is given (a narrow screen, the PDF's page).
        return svg.substring(0, open - 1) + " viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" "
                + "aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + Html.text(title) + "</title><desc id=\"" + id + "-desc\">"
                + Html.text(description) + "</desc>" + svg.substring(open);
    }

    /**
     * The SVG with each {@code style='fill:rgb(0,0,0);stroke:none'} written as {@code fill='rgb(0,0,0)'
     * stroke='none'}, which draw the same (the page's stylesheet sets none of these on the charts' shapes).
     *
     * @throws IllegalStateException on a property that has no presentation attribute (a JFreeSVG that writes more)
     */
    static String presentationAttributes(String svg) {
        Matcher style = STYLE.matcher(svg);
        return style.replaceAll(declarations -> Matcher.quoteReplacement(attributes(declarations.group(1))));
    }

    private static String attributes(String style) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        for (String declaration : style.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            String name = colon < 0 ? declaration.strip() : declaration.substring(0, colon).strip();
            if (colon < 0 || !PRESENTATION.contains(name)) {
                throw new IllegalStateException("A chart's SVG has a style with no presentation attribute: " + name);
            }
            properties.put(name, declaration.substring(colon + 1).strip());
        }
        StringBuilder attributes = new StringBuilder();
        properties.forEach((name, value) -> attributes.append(' ').append(name).append("='").append(value)
                .append('\''));
        return attributes.toString();
    }
}
