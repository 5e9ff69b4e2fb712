package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reporting years run April to March and are written 2026-27 or 2026/27. */
class ReportingYearTest {

    @ParameterizedTest(name = "{0} → starts {1}")
    @CsvSource({"2026-27, 2026", "2026/27, 2026", "' 2026 / 27 ', 2026", "2099-00, 2099", "2009-10, 2009"})
    void aYearIsWrittenWithItsFollowingYearsLastTwoDigits(String written, int start) {
        assertThat(ReportingYear.parse(written)).contains(new ReportingYear(start));
    }

    @ParameterizedTest(name = "\"{0}\" is not a reporting year")
    @ValueSource(strings = {"2026-28", "2026", "2026-2027", "26-27", "2026_27", "", "report", "1999-00"})
    void anythingElseIsNotAYear(String written) {
        assertThat(ReportingYear.parse(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({"2026-04-01, 2026-27", "2027-03-31, 2026-27", "2027-04-01, 2027-28", "2026-03-31, 2025-26",
            "2028-02-29, 2027-28"})
    void aDateBelongsToTheYearOfItsApril(LocalDate date, String year) {
        assertThat(ReportingYear.of(date).id()).isEqualTo(year);
        assertThat(ReportingYear.parse(year).orElseThrow().contains(date)).isTrue();
    }

    @ParameterizedTest(name = "on 15 April 2027, {0}: {1}")
    @CsvSource({"2000-01, false", "2014-15, false", "2015-16, true", "2026-27, true", "2027-28, true", "2028-29, true",
            "2029-30, false", "2998-99, false"})
    void aBoardHasAReportFromTheFirstYearUnderWorkingTogether2015ToTheYearAfterThisOne(String year, boolean reported) {
        LocalDate today = LocalDate.of(2027, 4, 15);
        assertThat(ReportingYear.parse(year).orElseThrow().hasReport(today)).isEqualTo(reported);
        assertThat(ReportingYear.reportedYears(today)).isEqualTo("2015/16 to 2028/29");
    }

    @org.junit.jupiter.api.Test
    void theYearBeforeIsThereOnlyWhenItHasAReport() {
        assertThat(new ReportingYear(2026).previous()).contains(new ReportingYear(2025));
        assertThat(new ReportingYear(2016).previous()).contains(ReportingYear.FIRST);
        assertThat(ReportingYear.FIRST.previous()).isEmpty();
        assertThat(new ReportingYear(2000).previous()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aYearHasTwelveMonthsFromAprilAndSaysItsSpan() {
        ReportingYear year = new ReportingYear(2026);
        assertThat(year.months()).hasSize(12).first().hasToString("2026-04");
        assertThat(year.months()).last().hasToString("2027-03");
        assertThat(year.written()).isEqualTo("2026/27");
        assertThat(year.span()).isEqualTo("1 April 2026 to 31 March 2027");
    }
}
