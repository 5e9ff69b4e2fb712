package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseSummary;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.reports.ActionsByStatus;
import uk.lscb.casereview.core.reports.AnnualReport;
import uk.lscb.casereview.core.reports.ReportingYear;
import uk.lscb.casereview.core.reports.ScriptedYear;

/**
 * The charts' SVG has no {@code style} attribute, which the pages' Content-Security-Policy would block (every shape
 * then drawn black): JFreeSVG's styles are written as SVG presentation attributes, the bars in their colours.
 */
class ChartsTest {
    static Stream<Arguments> withFigures() {
        List<CaseRecord> cases = ScriptedYear.scriptedYear();
        AnnualReport year = AnnualReport.of(ScriptedYear.STAFFORDSHIRE, new ReportingYear(2026),
                cases.stream().map(CaseSummary::of).toList(), ScriptedYear.requests(cases),
                ScriptedYear.learning(cases), ScriptedYear.AS_OF);
        ActionsByStatus actions = new ActionsByStatus(Map.of(LearningAction.Status.NOT_STARTED, 2,
                LearningAction.Status.OVERDUE, 1));
        return Stream.of(Arguments.of("decisions per month", Charts.decisionsPerMonth(year)),
                Arguments.of("timeliness", Charts.timeliness(year)),
                Arguments.of("actions by status", Charts.actionsByStatus("chart-actions", "Staffordshire", actions,
                        "15 April 2027")));
    }

    static Stream<Arguments> charts() {
        AnnualReport empty = AnnualReport.of(ScriptedYear.STAFFORDSHIRE, new ReportingYear(2020), List.of(),
                List.of(), List.of(), ScriptedYear.AS_OF);
        return Stream.concat(withFigures(), Stream.of(
                Arguments.of("decisions per month, none", Charts.decisionsPerMonth(empty)),
                Arguments.of("timeliness, none due", Charts.timeliness(empty))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void aChartCarriesItsColoursInPresentationAttributesAndHasNoStyleAttribute(String chart, String svg) {
        assertThat(svg).startsWith("<svg").doesNotContain("style=").contains("role=\"img\"")
                .contains(" fill='rgb(0,0,0)'", " font-family='sans-serif'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withFigures")
    void aChartWithFiguresDrawsItsFirstSeriesInGovUkBlue(String chart, String svg) {
        assertThat(svg).contains(" fill='rgb(29,112,184)'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<g style='fill:rgb(29,112,184);stroke:none' clip-path='url(#c)'>|<g fill='rgb(29,112,184)' stroke='none' "
                + "clip-path='url(#c)'>",
        "<text x='1' style='fill: rgb(0,0,0); fill-opacity: 1.0; font-family: sans-serif; font-size: 12px;'>A|"
                + "<text x='1' fill='rgb(0,0,0)' fill-opacity='1.0' font-family='sans-serif' font-size='12px'>A",
        "<line style='stroke-width:0.5;stroke:rgb(177,180,182);stroke-dasharray:2.0,2.0;shape-rendering:crispEdges'/>|"
                + "<line stroke-width='0.5' stroke='rgb(177,180,182)' stroke-dasharray='2.0,2.0' "
                + "shape-rendering='crispEdges'/>",
        "<path style='stroke:rgb(0,0,0);fill:none;fill:url(#g)'/>|<path stroke='rgb(0,0,0)' fill='url(#g)'/>",
        "<rect x='0' width='4'/>|<rect x='0' width='4'/>"})
    void aStyleIsWrittenAsTheSamePresentationAttributes(String jfreeSvg, String attributes) {
        assertThat(Charts.presentationAttributes(jfreeSvg)).isEqualTo(attributes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"<rect style='fill:red;position:absolute'/>", "<rect style='fill'/>"})
    void aStylePropertyWithNoPresentationAttributeIsAnErrorNotSilentlyLost(String jfreeSvg) {
        assertThatIllegalStateException().isThrownBy(() -> Charts.presentationAttributes(jfreeSvg));
    }
}
