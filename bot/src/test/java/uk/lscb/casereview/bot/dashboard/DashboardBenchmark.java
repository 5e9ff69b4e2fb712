package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import uk.lscb.casereview.core.cases.CaseFollowUps;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStatus;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.reports.ScriptedYear;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The dashboard and the annual report with 5,000 cases of one board stored in the embedded store (three quarters
 * open: awaiting the Chair, a commissioned review decided, no further action decided with the national panel
 * notified; a quarter withdrawn SCRs; none owing a follow-up, so that no Chair's card is being posted meanwhile),
 * through the real HTTP endpoints in local mode. The median and 99th percentile of
 * 101 dashboards, 21 dashboards each after 20 open cases' pages were viewed (so changed: each view is added to the
 * case's audit trail), 51 reports, 21 CSVs, PDFs and case pages, after a warm-up, with the process's CPU time per
 * request, and the first dashboard after the cases were stored; targets: dashboard under 300 ms, report under 2 s. Not part of the default build:
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

    /** The case as scripted, owing nothing: no Chair's card to post for each of the 5,000 while measuring. */
    static CaseRecord scripted(int i) {
        return script(i).withFollowUps(CaseFollowUps.NONE);
    }

    static CaseRecord script(int i) {
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

    /**
     * The median and the 99th percentile (nearest rank) of some timings, and the CPU time the whole process spent
     * per request while they ran (all its threads: unlike the time taken, it hardly depends on what else the
     * machine runs).
     */
    record Timings(String what, int runs, long median, long p99, double cpuMsPerRun) {
        static Timings of(String what, List<Long> times, long cpuNanos) {
            List<Long> sorted = times.stream().sorted().toList();
            return new Timings(what, sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), cpuNanos / 1e6 / sorted.size());
        }

        @Override
        public String toString() {
            return String.format("%s: median %,d ms, p99 %,d ms (%d runs), process CPU %,.1f ms per run", what, median,
                    p99, runs, cpuMsPerRun);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * {@code runs} timings of {@code path} after {@code warmUp} untimed ones; {@code beforeEach} is neither timed
     * nor counted in the CPU time.
     */
    Timings timings(String what, String path, int warmUp, int runs, Runnable beforeEach) {
        for (int i = 0; i < warmUp; i++) {
            timeMs(path);
        }
        List<Long> times = new ArrayList<>();
        long cpu = 0;
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long cpuBefore = processCpuNanos();
            times.add(timeMs(path));
            cpu += processCpuNanos() - cpuBefore;
        }
        return Timings.of(what, times, cpu);
    }

    @Test
    void theDashboardAndTheAnnualReportWithFiveThousandCasesStored() throws IOException {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long storing = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            assertThat(cases.create(scripted(i))).isTrue();
        }
        long storedMs = (System.nanoTime() - storing) / 1_000_000;
        int open = cases.ofBoard(ScriptedYear.STAFFORDSHIRE.id(), CaseStatus.OPEN).size();

        String dashboardPath = "/board?as=chair-staffordshire";
        long first = timeMs(dashboardPath);
        Timings dashboard = timings("dashboard", dashboardPath, 20, 101, () -> { });
        int[] viewed = {0};
        Timings afterViews = timings("dashboard, 20 open cases' pages viewed before each (20 cases changed)",
                dashboardPath, 0, 21, () -> {
                    for (int i = 0; i < 20; i++) {
                        timeMs(String.format("/board/cases/BEN-%05d?as=chair-staffordshire", 4 * (viewed[0]++ % 1_250)));
                    }
                });
        Timings report = timings("annual report page", "/board/staffordshire/reports/2026-27?as=chair-staffordshire",
                10, 51, () -> { });
        Timings csv = timings("CSV", "/board/staffordshire/reports/2026-27.csv?as=chair-staffordshire", 2, 21,
                () -> { });
        Timings pdf = timings("PDF", "/board/staffordshire/reports/2026-27.pdf?as=chair-staffordshire", 2, 21,
                () -> { });
        Timings casePage = timings("case page", "/board/cases/BEN-00001?as=chair-staffordshire", 3, 21, () -> { });

        String figures = String.format("%,d cases stored in %,d ms (%,d open); the first dashboard %,d ms; targets: "
                        + "dashboard 300 ms, annual report page 2,000 ms%n%s%n%s%n%s%n%s%n%s%n%s%nload average at the "
                        + "start %s, at the end %s%n", CASES, storedMs, open, first, dashboard, afterViews, report, csv,
                pdf, casePage, loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.print(figures);
        Files.writeString(Path.of("target", "dashboard-benchmark.txt"), figures);
        assertThat(open).isEqualTo(CASES * 3 / 4);
        assertThat(dashboard.median()).as("dashboard").isLessThan(300);
        assertThat(report.median()).as("report").isLessThan(2_000);
    }
}
