package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.learning.InMemoryLearningLogs;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;

/** {@code report 2026/27} posts each of the person's boards' annual report summary with its link. */
class ReportCommandsTest {
    static final UserRef CHAIR = ScriptedYear.CHAIR;
    static final UserRef MANAGER = new UserRef(Platform.TEAMS, "aad-manager", "The business manager");
    static final UserRef PRACTITIONER = new UserRef(Platform.TEAMS, "aad-practitioner", "A practitioner");
    ReportCommands commands;

    @BeforeEach
    void scriptedYearStored() {
        InMemoryCases cases = new InMemoryCases();
        InMemoryAgencyRequests requests = new InMemoryAgencyRequests();
        InMemoryLearningLogs learning = new InMemoryLearningLogs();
        List<CaseRecord> year = ScriptedYear.scriptedYear();
        year.forEach(cases::create);
        ScriptedYear.requests(year).forEach(requests::create);
        ScriptedYear.learning(year).forEach(learning::create);
        BoardId staffordshire = ScriptedYear.STAFFORDSHIRE.id();
        Roles roles = new Roles(Map.of(staffordshire, Set.of(Roles.PlatformId.of(CHAIR))), Map.of(),
                Map.of(staffordshire, Set.of(Roles.PlatformId.of(MANAGER))));
        Boards boards = new Boards(List.of(ScriptedYear.STAFFORDSHIRE, new Board(new BoardId("stoke-on-trent"),
                "Stoke-on-Trent")));
        commands = new ReportCommands(cases, requests, learning, roles, boards,
                Clock.fixed(Instant.parse("2027-04-15T09:00:00Z"), ZoneId.of("Europe/London")),
                "https://casereview.example.org/");
    }

    @Test
    void theBusinessManagerGetsTheSummaryWithTheFiguresWorkedOutByHandAndTheLink() {
        List<Reply> replies = commands.answer("report 2026/27", MANAGER).orElseThrow();

        assertThat(replies).singleElement().isInstanceOfSatisfying(Reply.Say.class, say -> assertThat(say.text())
                .isEqualTo("Annual report 2026/27 for Staffordshire (1 April 2026 to 31 March 2027, as of 15 April "
                        + "2027): 4 referrals; 3 decisions by the Chair (1 Serious Case Review, 1 Commissioned "
                        + "multi-agency learning review, 1 No learning review is indicated by the criteria); decisions "
                        + "due in the year on time 1, late 2; Serious Case Reviews started 1, completed 2, published 1; "
                        + "2 findings from 1 review below the Serious Case Review threshold; actions completed 1, "
                        + "overdue 1. The full report, with its PDF and figures: "
                        + "https://casereview.example.org/board/staffordshire/reports/2026-27"));
    }

    @Test
    void aLocalIdentitysLinkSaysWhoTheyAre() {
        UserRef localChair = new UserRef(Platform.LOCAL, "chair-staffordshire", "Chair");
        assertThat(commands.answer("report 2026-27", localChair).orElseThrow().get(0))
                .isInstanceOfSatisfying(Reply.Say.class, say -> assertThat(say.text())
                        .endsWith("/board/staffordshire/reports/2026-27?as=chair-staffordshire"));
    }

    @Test
    void aPractitionerIsToldWhoMaySeeIt() {
        assertThat(commands.answer("report 2026/27", PRACTITIONER).orElseThrow().get(0))
                .isEqualTo(new Reply.Say("Only a board's Chair, business manager or an administrator can see its "
                        + "annual report."));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            report                | report 2027/28
            Report 2026/27        | report 2026/27
            annual report 2026-27 | report 2026/27
            report 2026/28        | Say the reporting year like this: report 2027/28 (April to March).
            report 2014/15        | There is an annual report for each year from 2015/16 to 2028/29. Say the reporting year like this: report 2027/28 (April to March).
            report 2029/30        | There is an annual report for each year from 2015/16 to 2028/29. Say the reporting year like this: report 2027/28 (April to March).
            report 2000-01        | There is an annual report for each year from 2015/16 to 2028/29. Say the reporting year like this: report 2027/28 (April to March).
            report 2015/16        | report 2015/16
            report 2028/29        | report 2028/29
            """)
    void theYearIsTheOneTypedOrThisOne(String typed, String expected) {
        Reply first = commands.answer(typed, MANAGER).orElseThrow().get(0);
        String text = ((Reply.Say) first).text();
        if (expected.startsWith("report ")) {
            assertThat(text).startsWith("Annual report " + expected.substring(7) + " for Staffordshire");
            assertThat(commands.recorded(typed)).hasValue(typed.equals("report") ? "report" : expected);
        } else {
            assertThat(text).isEqualTo(expected);
        }
    }

    @Test
    void otherTextIsNotThisCommand() {
        assertThat(commands.answer("requests", MANAGER)).isEmpty();
        assertThat(commands.answer("reports", MANAGER)).isEmpty();
        assertThat(commands.recorded("yes")).isEmpty();
    }
}
