package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.reports.ScriptedYear;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The dashboard and the annual report with 5,000 cases of one board stored in the embedded store (three quarters
 * open: awaiting the Chair, a commissioned review decided, no further action decided with the national panel
 * notified; a quarter withdrawn SCRs), through the real HTTP endpoints in local mode. Medians of 21 dashboards and 11 reports after a
 * warm-up; targets: dashboard under 300 ms, report under 2 s. Not part of the default build:
 * {@code mvn -B -ntp -Pbench verify -pl bot -am -Dit.test=DashboardBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}; figures in
 * {@code bot/target/dashboard-benchmark.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DashboardBenchmark.InTheYear.class)
class DashboardBenchmark {
    static final int CASES = 5_000;

    @TestConfiguration(proxyBeanMethods = false)
    static class InTheYear {
        @Bean
        @Primary
        Clock inTheYear() {
            return Clock.fixed(Instant.parse("2027-03-15T09:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    final HttpClient client = HttpClient.newHttpClient();

    static CaseRecord scripted(int i) {
        LocalDate notified = LocalDate.parse("2026-04-01").plusDays(i % 330);
        CaseRecord record = ScriptedYear.referred(String.format("BEN-%05d", i), notified.toString(),
                ScriptedYear.STAFFORDSHIRE.id());
        String decided = notified.plusDays(10 + i % 25).toString();
        return switch (i % 4) {
            case 0 -> record;
            case 1 -> ScriptedYear.apply(record, ScriptedYear.decide(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW),
                    decided);
            case 2 -> {
                CaseRecord nfa = ScriptedYear.apply(record, ScriptedYear.decide(Outcome.NO_FURTHER_ACTION), decided);
                yield ScriptedYear.apply(nfa, ScriptedYear.step(CaseStep.NATIONAL_PANEL_NOTIFIED,
                        CaseStep.Fields.SENT_ON, decided), decided);
            }
            default -> {
                CaseRecord scr = ScriptedYear.apply(record, ScriptedYear.decide(Outcome.SERIOUS_CASE_REVIEW), decided);
                scr = ScriptedYear.apply(scr, ScriptedYear.step(CaseStep.NATIONAL_PANEL_NOTIFIED,
                        CaseStep.Fields.SENT_ON, decided), decided);
                yield ScriptedYear.apply(scr, ScriptedYear.step(CaseStep.WITHDRAW, CaseStep.Fields.REASON,
                        "referred to the other board"), decided);
            }
        };
    }

    long timeMs(String path) {
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return took;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long median(String path, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            timeMs(path);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(timeMs(path));
        }
        return times.stream().sorted().toList().get(runs / 2);
    }

    @Test
    void theDashboardAndTheAnnualReportWithFiveThousandCasesStored() throws IOException {
        long storing = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            assertThat(cases.create(scripted(i))).isTrue();
        }
        long storedMs = (System.nanoTime() - storing) / 1_000_000;
        int open = cases.ofBoard(ScriptedYear.STAFFORDSHIRE.id(), uk.lscb.casereview.core.cases.CaseStatus.OPEN).size();

        long dashboard = median("/board?as=chair-staffordshire", 5, 21);
        long report = median("/board/staffordshire/reports/2026-27?as=chair-staffordshire", 3, 11);
        long csv = median("/board/staffordshire/reports/2026-27.csv?as=chair-staffordshire", 2, 5);
        long pdf = median("/board/staffordshire/reports/2026-27.pdf?as=chair-staffordshire", 2, 5);
        long casePage = median("/board/cases/BEN-00001?as=chair-staffordshire", 3, 11);

        String figures = String.format("%,d cases stored in %,d ms (%,d open); medians: dashboard %d ms (target "
                + "300), annual report page %d ms (target 2,000), CSV %d ms, PDF %d ms, case page %d ms; load average "
                + "%s%n", CASES, storedMs, open, dashboard, report, csv, pdf, casePage,
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.print(figures);
        Files.writeString(Path.of("target", "dashboard-benchmark.txt"), figures);
        assertThat(open).isEqualTo(CASES * 3 / 4);
        assertThat(Map.of("dashboard", dashboard, "report", report)).allSatisfy((what, ms) ->
                assertThat(ms).as(what).isLessThan(what.equals("dashboard") ? 300 : 2_000));
    }
}
