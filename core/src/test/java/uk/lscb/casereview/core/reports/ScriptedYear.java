package uk.lscb.casereview.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseLifecycle.Result;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * A reporting year of cases scripted through the real lifecycle (2026-27, drawn up on 15 April 2027): what happens to
 * each case, and what it counts for, is written beside it. Shared with the application's tests (core's test-jar).
 */
public final class ScriptedYear {
    private ScriptedYear() {
    }

    public static final Board STAFFORDSHIRE = new Board(PortFixtures.STAFFORDSHIRE, "Staffordshire");
    public static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "The Chair");
    public static final LocalDate AS_OF = LocalDate.parse("2027-04-15");

    /** A referral (recommended: a Serious Case Review) of which the LSCB was notified on {@code notified}. */
    public static CaseRecord referred(String reference, String notified, BoardId board) {
        Referral fixture = PortFixtures.referral(reference);
        Referral referral = new Referral(board, new CaseReference(reference), LocalDate.parse(notified),
                fixture.answers(), fixture.recommendation());
        return CaseRecord.referred(referral, PortFixtures.PRACTITIONER, new ConversationKey(Platform.LOCAL,
                "c-" + reference), noon(notified));
    }

    public static Instant noon(String date) {
        return Instant.parse(date + "T11:00:00Z");
    }

    public static CaseRecord apply(CaseRecord record, CaseAction action, String on) {
        Result result = CaseLifecycle.apply(record, action, noon(on));
        assertThat(result).as("%s", result).isInstanceOf(Result.Applied.class);
        return ((Result.Applied) result).next();
    }

    public static CaseAction decide(Outcome outcome) {
        return outcome == Outcome.SERIOUS_CASE_REVIEW
                ? new CaseAction.Decide(CHAIR, outcome, Optional.empty(), Optional.empty(), List.of("A. Reviewer"),
                true, false)
                : new CaseAction.Decide(CHAIR, outcome, Optional.of("the Chair's reason"),
                Optional.of("the Chair's justification"), List.of(), false, false);
    }

    public static CaseAction step(CaseStep step, String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new CaseAction.Step(CHAIR, step, values);
    }

    /** An SCR's steps up to its final report agreed on {@code agreed}. */
    public static CaseRecord scrToFinalReport(CaseRecord record, String panelOn, String agreed) {
        record = apply(record, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, panelOn), panelOn);
        record = apply(record, step(CaseStep.METHODOLOGY, CaseStep.Fields.METHODOLOGY, "silp"), panelOn);
        for (CaseStep next : List.of(CaseStep.TERMS_OF_REFERENCE, CaseStep.REVIEW_STARTED, CaseStep.DRAFT_RECEIVED)) {
            record = apply(record, step(next, next.fields().get(0).id(), panelOn), panelOn);
        }
        return apply(record, step(CaseStep.FINAL_REPORT_AGREED, CaseStep.Fields.AGREED_ON, agreed), agreed);
    }

    public static List<CaseRecord> scriptedYear() {
        // A: notified 1 May 2026 (decision due 1 June), SCR decided 20 May: on time. Panel due 3 June, notified
        // 25 May: on time. SCR due 20 Nov 2026, final report 10 Dec: 20 days late. Publication planned 1 Feb 2027,
        // so the copy is due 25 Jan; sent 20 Jan: on time. Published 1 Feb 2027.
        CaseRecord a = apply(referred("SCR-A-1", "2026-05-01", STAFFORDSHIRE.id()), decide(Outcome.SERIOUS_CASE_REVIEW),
                "2026-05-20");
        a = scrToFinalReport(a, "2026-05-25", "2026-12-10");
        a = apply(a, step(CaseStep.PUBLICATION_PLANNED, CaseStep.Fields.PLANNED_FOR, "2027-02-01"), "2027-01-10");
        a = apply(a, step(CaseStep.REPORT_COPY_SENT, CaseStep.REPORT_COPY_SENT.fields().get(0).id(), "2027-01-20"),
                "2027-01-20");
        a = apply(a, step(CaseStep.PUBLISHED, CaseStep.Fields.PUBLISHED_ON, "2027-02-01", CaseStep.Fields.ADDRESS,
                "https://www.staffsscb.org.uk/scr-a"), "2027-02-01");
        // B: notified 1 June 2026 (due 1 July), a commissioned review decided 11 July: 10 days late. Panel due
        // 25 July, notified 20 July: on time.
        CaseRecord b = apply(referred("SCR-B-2", "2026-06-01", STAFFORDSHIRE.id()),
                decide(Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW), "2026-07-11");
        b = apply(b, step(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.Fields.SENT_ON, "2026-07-20"), "2026-07-20");
        // C: notified 10 Jan 2027 (due 10 Feb), no further action decided 1 March: 19 days late. Panel due 15 March,
        // not notified by 15 April: 31 days late.
        CaseRecord c = apply(referred("SCR-C-3", "2027-01-10", STAFFORDSHIRE.id()), decide(Outcome.NO_FURTHER_ACTION),
                "2027-03-01");
        // D: notified 20 March 2027, decision due 20 April 2027 (next year), undecided: a referral, no decision.
        CaseRecord d = referred("SCR-D-4", "2027-03-20", STAFFORDSHIRE.id());
        // E: notified and decided in 2025-26 (not this year's referral or decision); SCR due 5 Sept 2026, final
        // report agreed 1 Aug 2026: on time, completed this year; not to be published, decided 1 Sept 2026.
        CaseRecord e = apply(referred("SCR-E-5", "2026-02-10", STAFFORDSHIRE.id()), decide(Outcome.SERIOUS_CASE_REVIEW),
                "2026-03-05");
        e = scrToFinalReport(e, "2026-03-10", "2026-08-01");
        e = apply(e, step(CaseStep.NOT_PUBLISHING, CaseStep.Fields.REASON, "the family asked the board not to"),
                "2026-09-01");
        // F: another board's: none of it counts.
        CaseRecord f = apply(referred("SCR-F-6", "2026-05-01", new BoardId("stoke-on-trent")),
                decide(Outcome.SERIOUS_CASE_REVIEW), "2026-05-02");
        return List.of(a, b, c, d, e, f);
    }

    /** A's agency: due 1 Aug 2026, provided 5 Aug: 4 days late. Due 20 April 2027: next year's. */
    public static List<AgencyRequest> requests(List<CaseRecord> cases) {
        CaseRecord a = cases.get(0);
        AgencyRequest late = new AgencyRequest(a.id(), 1, 2, a.board(), a.reference(), "Staffordshire Police",
                Optional.empty(), "records", LocalDate.parse("2026-08-01"), CHAIR, noon("2026-06-01"),
                Optional.of(new DoneMark(CHAIR, noon("2026-08-05"))), true);
        AgencyRequest nextYear = new AgencyRequest(a.id(), 2, 1, a.board(), a.reference(), "Health",
                Optional.empty(), "records", LocalDate.parse("2027-04-20"), CHAIR, noon("2027-04-01"),
                Optional.empty(), true);
        return List.of(late, nextYear);
    }

    /**
     * The learning log: B (a commissioned review, below the threshold) shared 1 Oct 2026 with two findings, one
     * about information sharing and risk assessment, one good practice about the voice of the child; its action 1
     * done on 1 Nov 2026, its action 2 due 31 Jan 2027 not done (overdue on 15 April). A (an SCR) shared 1 Feb 2027
     * with a finding on information sharing (a theme, not a finding below the threshold); its action due
     * 1 June 2027 (not overdue). E (an SCR) shared in 2025-26: nothing of it counts.
     */
    public static List<ReviewLearning> learning(List<CaseRecord> cases) {
        CaseRecord a = cases.get(0);
        CaseRecord b = cases.get(1);
        CaseRecord e = cases.get(4);
        Finding sharing = new Finding(1, "Information was not shared", "Health and police did not share what they "
                + "knew.", List.of("information sharing", "risk assessment"), Finding.Kind.LEARNING, CHAIR,
                noon("2026-09-20"));
        Finding voice = new Finding(2, "The school listened", "The school recorded what the child said.",
                List.of("voice of the child"), Finding.Kind.GOOD_PRACTICE, CHAIR, noon("2026-09-20"));
        LearningAction done = new LearningAction(1, 1, "Health", Optional.empty(), LocalDate.parse("2026-12-01"),
                LearningAction.Progress.DONE, Optional.of(new LearningAction.Evidence("a new protocol",
                "https://example.org/protocol", Optional.empty(), new DoneMark(CHAIR, noon("2026-11-01")))), CHAIR,
                noon("2026-10-01"));
        LearningAction late = new LearningAction(2, 1, "Police", Optional.empty(), LocalDate.parse("2027-01-31"),
                LearningAction.Progress.IN_PROGRESS, Optional.empty(), CHAIR, noon("2026-10-01"));
        ReviewLearning reviewB = new ReviewLearning(b.id(), 3, b.board(), b.reference(),
                Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW, List.of(), List.of(sharing, voice), List.of(),
                List.of(done, late), Optional.of(new DoneMark(CHAIR, noon("2026-10-01"))), true);
        Finding scrFinding = new Finding(1, "Agencies did not meet", "No strategy meeting was held.",
                List.of("information sharing"), Finding.Kind.LEARNING, CHAIR, noon("2027-01-20"));
        LearningAction notYet = new LearningAction(1, 1, "Children's services", Optional.empty(),
                LocalDate.parse("2027-06-01"), LearningAction.Progress.NOT_STARTED, Optional.empty(), CHAIR,
                noon("2027-02-01"));
        ReviewLearning reviewA = new ReviewLearning(a.id(), 2, a.board(), a.reference(), Outcome.SERIOUS_CASE_REVIEW,
                List.of(), List.of(scrFinding), List.of(), List.of(notYet),
                Optional.of(new DoneMark(CHAIR, noon("2027-02-01"))), true);
        Finding old = new Finding(1, "Last year's finding", "Before this year.", List.of("neglect"),
                Finding.Kind.LEARNING, CHAIR, noon("2026-03-20"));
        ReviewLearning reviewE = new ReviewLearning(e.id(), 1, e.board(), e.reference(), Outcome.SERIOUS_CASE_REVIEW,
                List.of(), List.of(old), List.of(), List.of(), Optional.of(new DoneMark(CHAIR, noon("2026-03-25"))),
                true);
        return List.of(reviewA, reviewB, reviewE);
    }
}
