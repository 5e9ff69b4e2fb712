package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lscb.casereview.core.reports.ScriptedYear.apply;
import static uk.lscb.casereview.core.reports.ScriptedYear.decide;
import static uk.lscb.casereview.core.reports.ScriptedYear.step;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.cases.CaseDeadline;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * A reporting year (2026-27) of a partnership on rule pack wt2023, Stoke-on-Trent, for its annual report: four
 * notifiable incidents and their notifications, rapid reviews and local reviews, each with its deadlines' due dates
 * and what was done when, worked out by hand beside it ({@link Wt2023AnnualReportTest} has the figures).
 */
public final class ScriptedWt2023Year {
    public static final Board STOKE = new Board(new BoardId("stoke-on-trent"), "Stoke-on-Trent", List.of(),
            Wt2023.ID);

    private static CaseRecord aware(String reference, String awareOn) {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", STOKE.id().value());
        encoded.put("case_reference", reference);
        encoded.put("aware_on", awareOn);
        encoded.put("abuse_or_neglect", "yes");
        encoded.put("child_died", "no");
        encoded.put("seriously_harmed", "yes");
        encoded.put("in_area", "yes");
        encoded.put("improvements_needed", "yes");
        encoded.put("recurrent_themes", "no");
        encoded.put("agencies_working_together", "no");
        encoded.put("panel_advised_local_review", "no");
        Answers answers = Answers.decode(Wt2023.pack(), encoded, Set.of());
        Referral referral = new Referral(STOKE.id(), new CaseReference(reference), LocalDate.parse(awareOn), answers,
                Wt2023.pack().recommend(answers));
        return CaseRecord.referred(referral, Wt2023.pack().deadlines(), PortFixtures.PRACTITIONER,
                new ConversationKey(Platform.LOCAL, "c-" + reference), ScriptedYear.noon(awareOn));
    }

    private static CaseRecord notified(CaseRecord record, String on) {
        return apply(record, step(CaseStep.SERIOUS_INCIDENT_NOTIFIED, CaseStep.Fields.SENT_ON, on), on);
    }

    private static CaseRecord rapidReview(CaseRecord record, String on) {
        return apply(record, step(CaseStep.RAPID_REVIEW, CaseStep.Fields.COMPLETED_ON, on, CaseStep.Fields.FACTS,
                "true", CaseStep.Fields.IMMEDIATE_ACTION, "true", CaseStep.Fields.LEARNING, "true",
                CaseStep.Fields.LOCAL_REVIEW, "may-meet", CaseStep.Fields.SENT_ON, on), on);
    }

    private static CaseRecord initiated(CaseRecord record, String decidedOn, String initiatedOn) {
        CaseRecord decided = apply(record, decide(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW), decidedOn);
        return apply(decided, step(CaseStep.LOCAL_REVIEW_INITIATED, CaseStep.Fields.INITIATED_ON, initiatedOn),
                decidedOn);
    }

    private static CaseRecord published(CaseRecord record, String sentOn, String on) {
        CaseRecord sent = apply(record, step(CaseStep.LOCAL_REVIEW_REPORT_SENT, CaseStep.Fields.SENT_ON, sentOn), sentOn);
        return apply(sent, step(CaseStep.LOCAL_REVIEW_PUBLISHED, CaseStep.Fields.PUBLISHED_ON, on,
                CaseStep.Fields.ADDRESS, "https://example.org/reviews/report.pdf"), on);
    }

    private static Optional<LocalDate> due(CaseRecord record, DeadlineKind kind) {
        return record.deadline(kind).map(CaseDeadline::due);
    }

    public static List<CaseRecord> scriptedYear() {
        // P: aware Wed 9 Sep 2026; notification due Wed 16 Sep (5 working days), done that day: on time. Rapid review
        // due Wed 30 Sep (15), never done: late by 197 days at 15 April. Initiated 28 Sep 2026: publication due 28 Mar
        // 2027, not done: late by 18 days.
        CaseRecord p = initiated(notified(aware("CSPR-P-1", "2026-09-09"), "2026-09-16"), "2026-10-05", "2026-09-28");
        // Q: aware Fri 22 May 2026; notification due Mon 1 Jun (the spring bank holiday, 25 May, does not count),
        // done Wed 3 Jun: 2 days late. Rapid review due Mon 15 Jun, done that day: on time. Initiated 19 Jun 2026:
        // publication due 19 Dec 2026; report sent 4 Jan 2027, published 8 Jan 2027: 20 days late.
        CaseRecord q = published(initiated(rapidReview(notified(aware("CSPR-Q-2", "2026-05-22"), "2026-06-03"),
                "2026-06-15"), "2026-06-22", "2026-06-19"), "2027-01-04", "2027-01-08");
        // R: aware Wed 10 Mar 2027; notification due Wed 17 Mar, never done: late by 29 days. Rapid review due Fri 2
        // Apr 2027 (Good Friday 26 Mar and Easter Monday 29 Mar do not count): after the year, so not counted.
        CaseRecord r = aware("CSPR-R-3", "2027-03-10");
        // T: aware Wed 8 Apr 2026; notification due Wed 15 Apr, done Fri 10 Apr: on time. Rapid review due Wed 29 Apr,
        // done Tue 5 May: 6 days late. Initiated 6 May 2026: publication due 6 Nov 2026; sent 26 Oct, published 2
        // Nov: on time.
        CaseRecord t = published(initiated(rapidReview(notified(aware("CSPR-T-4", "2026-04-08"), "2026-04-10"),
                "2026-05-05"), "2026-05-06", "2026-05-06"), "2026-10-26", "2026-11-02");

        assertThat(List.of(due(p, DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION), due(p, DeadlineKind.RAPID_REVIEW),
                due(p, DeadlineKind.LOCAL_REVIEW_PUBLICATION))).as("P").containsExactly(
                Optional.of(LocalDate.parse("2026-09-16")), Optional.of(LocalDate.parse("2026-09-30")),
                Optional.of(LocalDate.parse("2027-03-28")));
        assertThat(List.of(due(q, DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION), due(q, DeadlineKind.RAPID_REVIEW),
                due(q, DeadlineKind.LOCAL_REVIEW_PUBLICATION))).as("Q").containsExactly(
                Optional.of(LocalDate.parse("2026-06-01")), Optional.of(LocalDate.parse("2026-06-15")),
                Optional.of(LocalDate.parse("2026-12-19")));
        assertThat(List.of(due(r, DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION), due(r, DeadlineKind.RAPID_REVIEW)))
                .as("R").containsExactly(Optional.of(LocalDate.parse("2027-03-17")),
                        Optional.of(LocalDate.parse("2027-04-02")));
        assertThat(List.of(due(t, DeadlineKind.SERIOUS_INCIDENT_NOTIFICATION), due(t, DeadlineKind.RAPID_REVIEW),
                due(t, DeadlineKind.LOCAL_REVIEW_PUBLICATION))).as("T").containsExactly(
                Optional.of(LocalDate.parse("2026-04-15")), Optional.of(LocalDate.parse("2026-04-29")),
                Optional.of(LocalDate.parse("2026-11-06")));
        return List.of(p, q, r, t);
    }

    private ScriptedWt2023Year() {
    }
}
