package uk.lscb.casereview.bot.dashboard;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.reports.AnnualReport;
import uk.lscb.casereview.core.reports.LearningSummary;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The annual report as a page's content (its figures, charts, and the learning log's findings, themes and actions), as a PDF made from that same markup (openhtmltopdf; the charts are left
 * out of the PDF, whose tables carry the same figures), and as CSV of the figures.
 */
final class ReportPages {
    private static final String PDF_STYLE = """
            body { font-family: sans-serif; font-size: 10pt; color: #0b0c0c; }
            h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 18pt; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 12pt; }
            caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
            th, td { border-bottom: 1px solid #b1b4b6; padding: 3pt 6pt 3pt 0; text-align: left; }
            .govuk-table__cell--numeric, .govuk-table__header--numeric { text-align: right; }
            dt { font-weight: bold; } dd { margin: 0 0 6pt 0; }
            .board-chart, .board-downloads { display: none; }
            """;

    private ReportPages() {
    }

    /** The report's content: figures, the two charts each with its table, and what it cannot say yet. */
    static String main(AnnualReport report, String downloads, boolean charts) {
        StringBuilder out = new StringBuilder(Html.h(1, "xl", "Annual report " + report.year().written() + ": "
                + report.board().name()));
        out.append(Html.p("The " + report.board().name() + " Local Safeguarding Children Board's case reviews from "
                + report.year().span() + ", as recorded in the Case Review Assistant on "
                + UkDates.format(report.asOf()) + "."));
        out.append(downloads);
        out.append(Html.h(2, "l", "Summary"));
        out.append(Html.table("The year in figures", List.of("Measure", "Number"), List.of(
                row("Referrals received (the LSCB notified in the year)", report.referrals()),
                row("Decisions made by the Chair", report.decided()),
                row("Serious Case Reviews started", report.scrsStarted()),
                row("Serious Case Reviews completed (final report agreed)", report.scrsCompleted()),
                row("Serious Case Reviews published", report.scrsPublished()),
                row("Serious Case Reviews the board decided not to publish", report.scrsNotPublished())), List.of(1)));
        out.append(Html.h(2, "l", "Reviews by type"));
        List<List<String>> types = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int count = report.decisions().getOrDefault(outcome, 0);
            if (count > 0) {
                types.add(row(outcome.label(), count));
            }
        }
        types.add(row("All decisions", report.decided()));
        out.append(Html.table("The Chair's decisions in the year, by outcome", List.of("Outcome", "Decisions"), types,
                List.of(1)));
        out.append(Html.h(2, "l", "Decisions per month"));
        if (charts && report.decided() > 0) {
            out.append("<figure class=\"board-chart\">").append(Charts.decisionsPerMonth(report)).append("</figure>\n");
        }
        List<Outcome> outcomes = Charts.outcomesDecided(report);
        List<String> headers = new ArrayList<>(List.of("Month"));
        outcomes.forEach(outcome -> headers.add(outcome.label()));
        headers.add("All");
        List<List<String>> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<Outcome, Integer>> month : report.decisionsByMonth().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(Html.text(Charts.month(month.getKey()))));
            outcomes.forEach(outcome -> cells.add(String.valueOf(month.getValue().getOrDefault(outcome, 0))));
            cells.add(String.valueOf(month.getValue().values().stream().mapToInt(Integer::intValue).sum()));
            months.add(cells);
        }
        List<Integer> numeric = new ArrayList<>();
        for (int i = 1; i < headers.size(); i++) {
            numeric.add(i);
        }
        out.append(Html.table("Decisions per month by outcome", headers, months, numeric));
        out.append(Html.h(2, "l", "Timeliness"));
        if (charts) {
            out.append("<figure class=\"board-chart\">").append(Charts.timeliness(report)).append("</figure>\n");
        }
        List<List<String>> kept = new ArrayList<>();
        for (DeadlineKind kind : report.timed()) {
            AnnualReport.Timeliness timeliness = report.timeliness().get(kind);
            kept.add(List.of(Html.text(kind.label()), String.valueOf(timeliness.onTime()),
                    String.valueOf(timeliness.late()), String.valueOf(timeliness.open()),
                    timeliness.medianDaysLate().map(ReportPages::days).orElse("-")));
        }
        out.append(Html.table("Deadlines due in the year: kept on time, late, not yet due", List.of("Deadline",
                "On time", "Late", "Not yet due", "Median days late"), kept, List.of(1, 2, 3, 4)));
        out.append(Html.p("A deadline is late when it was done after its due date, or is still not done after it "
                + "(counted to the day of the report). The days late are the median of those late."));
        out.append(learning(report.learning()));
        return out.toString();
    }

    private static String learning(LearningSummary learning) {
        StringBuilder out = new StringBuilder(Html.h(2, "l", "Findings of the reviews below the Serious Case Review "
                + "threshold"));
        if (learning.belowThreshold().isEmpty()) {
            out.append(Html.p("No review below the threshold recorded its learning in the year."));
        }
        for (LearningSummary.Review review : learning.belowThreshold()) {
            out.append(Html.h(3, "m", review.reference().value() + ": " + review.type().label()));
            out.append(Html.p("Learning recorded on " + UkDates.format(review.sharedOn()) + "."));
            out.append("<ul class=\"govuk-list govuk-list--bullet\">\n");
            for (Finding finding : review.findings()) {
                out.append("<li><strong>").append(Html.text(finding.title())).append("</strong> (")
                        .append(Html.text(finding.kind().label().toLowerCase(Locale.UK))).append("): ")
                        .append(Html.text(finding.text())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append(Html.h(2, "l", "Learning themes"));
        if (learning.themes().isEmpty()) {
            out.append(Html.p("No learning was recorded in the year."));
        } else {
            List<List<String>> themes = learning.themes().entrySet().stream().map(theme -> row(theme.getKey(),
                    theme.getValue())).toList();
            out.append(Html.table("Findings of the reviews whose learning was recorded in the year, by theme",
                    List.of("Theme", "Findings"), themes, List.of(1)));
        }
        out.append(Html.h(2, "l", "Actions"));
        out.append(Html.table("Agencies' actions on the reviews' recommendations", List.of("Actions", "Number"),
                List.of(row("Completed in the year (with evidence)", learning.actionsCompleted()),
                        row("Overdue on the day of this report", learning.actionsOverdue())), List.of(1)));
        return out.toString();
    }

    static String days(double days) {
        return days == Math.rint(days) ? String.valueOf((long) days) : String.format(Locale.UK, "%.1f", days);
    }

    private static List<String> row(String measure, int value) {
        return List.of(Html.text(measure), String.valueOf(value));
    }

    /** The report as a PDF, from the same content. */
    static byte[] pdf(String title, String main) {
        String xhtml = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>" + Html.text(title)
                + "</title><style>" + PDF_STYLE + "</style></head><body>" + main + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures as CSV: one line per figure, {@code section,measure,value}. */
    static String csv(AnnualReport report) {
        StringBuilder out = new StringBuilder("board,year,section,measure,value\r\n");
        String prefix = field(report.board().name()) + "," + report.year().written() + ",";
        out.append(prefix).append("summary,Referrals received,").append(report.referrals()).append("\r\n");
        out.append(prefix).append("summary,Decisions made,").append(report.decided()).append("\r\n");
        out.append(prefix).append("summary,Serious Case Reviews started,").append(report.scrsStarted()).append("\r\n");
        out.append(prefix).append("summary,Serious Case Reviews completed,").append(report.scrsCompleted()).append("\r\n");
        out.append(prefix).append("summary,Serious Case Reviews published,").append(report.scrsPublished()).append("\r\n");
        out.append(prefix).append("summary,Serious Case Reviews not to be published,").append(report.scrsNotPublished())
                .append("\r\n");
        for (Outcome outcome : Outcome.values()) {
            int count = report.decisions().getOrDefault(outcome, 0);
            if (count > 0) {
                out.append(prefix).append("decisions by outcome,").append(field(outcome.label())).append(',')
                        .append(count).append("\r\n");
            }
        }
        report.decisionsByMonth().forEach((month, counts) -> counts.forEach((outcome, count) -> out.append(prefix)
                .append("decisions per month,").append(field(month + " " + outcome.label())).append(',').append(count)
                .append("\r\n")));
        LearningSummary learning = report.learning();
        out.append(prefix).append("actions,Completed in the year,").append(learning.actionsCompleted()).append("\r\n");
        out.append(prefix).append("actions,Overdue,").append(learning.actionsOverdue()).append("\r\n");
        learning.themes().forEach((theme, count) -> out.append(prefix).append("learning themes,").append(field(theme))
                .append(',').append(count).append("\r\n"));
        out.append(prefix).append("findings below the SCR threshold,Reviews,").append(learning.belowThreshold().size())
                .append("\r\n");
        for (DeadlineKind kind : report.timed()) {
            AnnualReport.Timeliness kept = report.timeliness().get(kind);
            out.append(prefix).append("timeliness,").append(field(kind.label() + ": on time")).append(',')
                    .append(kept.onTime()).append("\r\n");
            out.append(prefix).append("timeliness,").append(field(kind.label() + ": late")).append(',')
                    .append(kept.late()).append("\r\n");
            out.append(prefix).append("timeliness,").append(field(kind.label() + ": not yet due")).append(',')
                    .append(kept.open()).append("\r\n");
            kept.medianDaysLate().ifPresent(median -> out.append(prefix).append("timeliness,")
                    .append(field(kind.label() + ": median days late")).append(',').append(days(median))
                    .append("\r\n"));
        }
        return out.toString();
    }

    /** A CSV field: quoted when it needs to be; a leading =, +, - or @ made harmless for spreadsheets. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
