package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.cases.CaseLifecycle.Result;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/** The steps after the Chair's decision, step by step: which cases they belong to, their order, twice, their fields. */
class CaseStepTest {
    private static final Instant DECIDED_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-01T15:30:00Z");
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "The Chair");
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "business-manager", "The Business Manager");
    /** An SCR's steps in the order they are taken, publishing the report. */
    private static final List<CaseStep> SCR_PATH = List.of(CaseStep.NATIONAL_PANEL_NOTIFIED, CaseStep.METHODOLOGY,
            CaseStep.TERMS_OF_REFERENCE, CaseStep.REVIEW_STARTED, CaseStep.DRAFT_RECEIVED,
            CaseStep.FINAL_REPORT_AGREED, CaseStep.PUBLICATION_PLANNED, CaseStep.REPORT_COPY_SENT, CaseStep.PUBLISHED,
            CaseStep.BOARD_RESPONSE, CaseStep.CLOSE);

    private static CaseRecord decided(Outcome outcome) {
        CaseRecord referred = PortFixtures.caseRecord("SCR-2026-400", new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);
        boolean scr = outcome == Outcome.SERIOUS_CASE_REVIEW;
        Result result = CaseLifecycle.apply(referred, new CaseAction.Decide(CHAIR, outcome,
                scr ? Optional.empty() : Optional.of("The Chair's reason."),
                scr ? Optional.empty() : Optional.of("The criteria are not met on the evidence given."),
                scr ? List.of("A. Reviewer") : List.of(), scr, outcome == Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW),
                DECIDED_AT);
        return ((Result.Applied) result).next();
    }

    /** Values each step accepts on 1 December 2026. */
    private static Map<String, String> valid(CaseStep step) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var field : step.fields()) {
            switch (field.type()) {
                case DATE -> values.put(field.id(), field.id().equals(CaseStep.Fields.PLANNED_FOR) ? "2027-01-15"
                        : "2026-12-01");
                case CHOICE -> values.put(field.id(), field.options().get(0).value());
                case URL -> values.put(field.id(), "https://www.staffsscb.org.uk/scr/400");
                case BOOLEAN -> values.put(field.id(), "true");
                case TEXT, LINE -> values.put(field.id(), "Recorded for the test.");
            }
        }
        return values;
    }

    private static CaseRecord take(CaseRecord record, CaseStep step, UserRef who) {
        Result result = CaseLifecycle.apply(record, new CaseAction.Step(who, step, valid(step)), LATER);
        assertThat(result).as(step.id()).isInstanceOf(Result.Applied.class);
        return ((Result.Applied) result).next();
    }

    /** A decided SCR with every step of {@link #SCR_PATH} before {@code step} recorded. */
    private static CaseRecord scrBefore(CaseStep step) {
        CaseRecord record = decided(Outcome.SERIOUS_CASE_REVIEW);
        for (CaseStep earlier : SCR_PATH.subList(0, SCR_PATH.indexOf(step))) {
            record = take(record, earlier, MANAGER);
        }
        return record;
    }

    private static Result.Refused refused(CaseRecord record, CaseStep step, Map<String, String> values) {
        Result result = CaseLifecycle.apply(record, new CaseAction.Step(MANAGER, step, values), LATER);
        assertThat(result).as(step.id()).isInstanceOf(Result.Refused.class);
        return (Result.Refused) result;
    }

    @ParameterizedTest(name = "{0}: SCR {1}, commissioned {2}, internal {3}, single-agency {4}, none {5}")
    @CsvSource(delimiter = '|', textBlock = """
            national-panel-notified | yes | yes | yes | yes | yes
            methodology             | yes | yes | no  | no  | no
            lead-reviewers          | yes | yes | no  | no  | no
            terms-of-reference      | yes | yes | yes | yes | no
            review-started          | yes | yes | yes | yes | no
            draft-received          | yes | yes | yes | yes | no
            final-report-agreed     | yes | yes | yes | yes | no
            publication-planned     | yes | no  | no  | no  | no
            report-copy-sent        | yes | no  | no  | no  | no
            published               | yes | no  | no  | no  | no
            board-response          | yes | no  | no  | no  | no
            not-publishing          | yes | no  | no  | no  | no
            serious-incident-notified | no | no | no  | no  | no
            rapid-review            | no  | no  | no  | no  | no
            local-review-initiated  | no  | no  | no  | no  | no
            local-review-report-sent | no | no  | no  | no  | no
            local-review-published  | no  | no  | no  | no  | no
            close                   | yes | yes | yes | yes | yes
            withdraw                | yes | yes | yes | yes | yes
            """)
    void eachStepBelongsToTheDecisionsItIsFor(String id, String scr, String commissioned, String internal,
                                              String single, String none) {
        CaseStep step = CaseStep.byId(id).orElseThrow();
        List<Outcome> outcomes = List.of(Outcome.SERIOUS_CASE_REVIEW, Outcome.COMMISSIONED_MULTI_AGENCY_LEARNING_REVIEW,
                Outcome.INTERNAL_MULTI_AGENCY_LEARNING_REVIEW, Outcome.SINGLE_AGENCY_LEARNING_REVIEW,
                Outcome.NO_FURTHER_ACTION);
        List<String> expected = List.of(scr, commissioned, internal, single, none);
        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(step.belongsTo(decided(outcomes.get(i)))).as(outcomes.get(i).name())
                    .isEqualTo(expected.get(i).equals("yes"));
        }
    }

    @Test
    void theTableAboveCoversEveryStep() {
        assertThat(CaseStep.ids()).containsExactly("national-panel-notified", "methodology", "lead-reviewers",
                "terms-of-reference", "review-started", "draft-received", "final-report-agreed", "publication-planned",
                "report-copy-sent", "published", "board-response", "not-publishing", "serious-incident-notified",
                "rapid-review", "local-review-initiated", "local-review-report-sent", "local-review-published", "close",
                "withdraw");
    }

    @ParameterizedTest(name = "{0} on a just-decided SCR waits for: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            terms-of-reference  | Methodology chosen
            review-started      | Terms of reference agreed
            draft-received      | Review started
            final-report-agreed | Draft report received
            publication-planned | Final report agreed by the board
            not-publishing      | Final report agreed by the board
            report-copy-sent    | Publication planned
            published           | Final report sent to the national panel
            board-response      | Final report published
            close               | National panel notified
            """)
    void aStepIsRefusedUntilWhatComesBeforeItIsRecordedAndNothingChanges(String id, String first) {
        CaseRecord record = decided(Outcome.SERIOUS_CASE_REVIEW);
        CaseStep step = CaseStep.byId(id).orElseThrow();

        assertThat(refused(record, step, valid(step)).message())
                .isEqualTo("That can't be done yet: first record \u201C" + first + "\u201D.");
        assertThat(CaseLifecycle.available(record)).doesNotContain(step);
    }

    @Test
    void anScrReviewStartsOnlyOnceTheNationalPanelIsNotified() {
        CaseRecord record = decided(Outcome.SERIOUS_CASE_REVIEW);
        record = take(record, CaseStep.METHODOLOGY, MANAGER);
        record = take(record, CaseStep.TERMS_OF_REFERENCE, MANAGER);

        assertThat(refused(record, CaseStep.REVIEW_STARTED, valid(CaseStep.REVIEW_STARTED)).message())
                .isEqualTo("That can't be done yet: first record \u201CNational panel notified\u201D.");
    }

    @Test
    void everyStepTakenTwiceIsRefusedSayingWhoRecordedItAndWhenExceptMovingThePlannedDate() {
        CaseRecord record = decided(Outcome.SERIOUS_CASE_REVIEW);
        for (CaseStep step : SCR_PATH.subList(0, SCR_PATH.size() - 1)) {
            record = take(record, step, MANAGER);
            if (step.repeatable()) {
                assertThat(CaseLifecycle.apply(record, new CaseAction.Step(CHAIR, step, valid(step)), LATER))
                        .as(step.id()).isInstanceOf(Result.Applied.class);
                continue;
            }
            assertThat(refused(record, step, valid(step)).message()).as(step.id()).isEqualTo(step.label()
                    + " was already recorded, by The Business Manager on 1 December 2026 at 15:30.");
        }
        assertThat(refused(record, CaseStep.NOT_PUBLISHING, valid(CaseStep.NOT_PUBLISHING)).message())
                .isEqualTo("Decision not to publish the report can't be recorded: \u201CFinal report published\u201D was "
                        + "recorded, by The Business Manager on 1 December 2026 at 15:30.");
    }

    @Test
    void anScrsLeadReviewersWereRecordedByTheChairsDecision() {
        assertThat(refused(decided(Outcome.SERIOUS_CASE_REVIEW), CaseStep.LEAD_REVIEWERS,
                valid(CaseStep.LEAD_REVIEWERS)).message())
                .isEqualTo("Lead reviewers appointed was already recorded, by The Chair on 1 December 2026 at 10:00.");
    }

    @Test
    void aReportNotToBePublishedLetsTheScrCloseWithoutPublication() {
        CaseRecord record = take(scrBefore(CaseStep.PUBLICATION_PLANNED), CaseStep.PUBLICATION_PLANNED, MANAGER);
        record = take(record, CaseStep.NOT_PUBLISHING, MANAGER);

        assertThat(record.deadline(uk.lscb.casereview.core.deadlines.DeadlineKind.NATIONAL_PANEL_REPORT_COPY)).isEmpty();
        assertThat(CaseLifecycle.available(record)).containsExactly(CaseStep.CLOSE, CaseStep.WITHDRAW);
        assertThat(take(record, CaseStep.CLOSE, CHAIR).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aClosedCaseKeepsItsWholeRecordAndTakesNoMoreSteps() {
        CaseRecord closed = take(scrBefore(CaseStep.CLOSE), CaseStep.CLOSE, MANAGER);

        assertThat(closed.audit()).hasSize(2 + SCR_PATH.size());
        for (CaseStep step : CaseStep.values()) {
            assertThat(CaseLifecycle.refusal(closed, step)).as(step.id()).isPresent();
        }
        assertThat(refused(closed, CaseStep.PUBLISHED, valid(CaseStep.PUBLISHED)).message())
                .contains("closed, so nothing more can be recorded on it");
    }

    @ParameterizedTest(name = "{0}.{1} = \"{2}\": {3}")
    @CsvSource(delimiter = '|', textBlock = """
            national-panel-notified | sent_on      |                      | Please fill in \u201CDate the notification was sent\u201D.
            national-panel-notified | sent_on      | next week            | is not a date I can read
            national-panel-notified | sent_on      | 2 December 2026      | cannot be in the future
            methodology             | methodology  | magic                | Please choose one of the methodology options.
            methodology             | other_method | (other, unnamed)     | Please name the other systems method.
            terms-of-reference      | agreed_on    | 31/11/2026           | 31 November 2026 is not a date (November has 30 days).
            terms-of-reference      | agreed_on    | 29 Feb 2026          | 29 February 2026 is not a date (February 2026 has 28 days).
            publication-planned     | planned_for  | 30 November 2026     | cannot be in the past
            published               | address      | www.example.org      | must be a web address starting with https://
            published               | address      | javascript:alert(1)  | must be a web address starting with https://
            published               | address      | https://www.staffsscb.org.uk/reviews/Jayden_Smith_DOB_12-03-2015.pdf | I haven't recorded that: it looks like a person's name
            board-response          | address      | https://staffs.sharepoint.com/sites/LSCB/Shared%20Documents/Olivia%20Brown.docx | I haven't recorded that: it looks like a person's name
            board-response          | address      | https://www.staffsscb.org.uk/reviews/response_12-03-2015.pdf | I haven't recorded that: it contains a date
            close                   | reason       | Jane Smith's school  | I haven't recorded that
            close                   | reason       | (4,001 characters)   | at most 4,000
            """)
    void aMissingOrWrongValueIsRefusedBesideItsFieldAndNothingChanges(String id, String field, String value,
                                                                     String message) {
        CaseStep step = CaseStep.byId(id).orElseThrow();
        CaseRecord record = scrBefore(step);
        Map<String, String> values = valid(step);
        if (value == null) {
            values.remove(field);
        } else if (value.equals("(other, unnamed)")) {
            values.put(CaseStep.Fields.METHODOLOGY, "other");
            values.remove(field);
        } else if (value.equals("(4,001 characters)")) {
            values.put(field, "a".repeat(4001));
        } else {
            values.put(field, value);
        }

        Result.Refused refused = refused(record, step, values);

        assertThat(refused.message()).contains(message);
        assertThat(refused.input()).contains(field);
    }

    /** The published report's and the board's response's addresses are read as addresses, as an evidence link is. */
    @ParameterizedTest(name = "{0}.address = {1} is recorded")
    @CsvSource(delimiter = '|', textBlock = """
            published      | https://www.staffsscb.org.uk/Serious_Case_Reviews/SCR-2026-001~Final_Report.pdf
            board-response | https://www.staffsscb.org.uk/Serious_Case_Reviews/SCR-2026-001~Board_Response.pdf
            board-response | https://staffs.sharepoint.com/sites/LSCB/_layouts/15/Doc.aspx?sourcedoc=%7Babc%7D&file=Board%20Response%20v2.docx
            """)
    void aRealDocumentsAddressIsRecorded(String id, String address) {
        CaseStep step = CaseStep.byId(id).orElseThrow();
        Map<String, String> values = valid(step);
        values.put(CaseStep.Fields.ADDRESS, address);

        Result result = CaseLifecycle.apply(scrBefore(step), new CaseAction.Step(MANAGER, step, values), LATER);

        assertThat(result).isInstanceOf(Result.Applied.class);
        assertThat(((Result.Applied) result).next().audit()).last().extracting(AuditEvent::values)
                .satisfies(recorded -> assertThat(recorded).containsEntry(CaseStep.Fields.ADDRESS, address));
    }

    @Test
    void everyStepsFormFieldsHaveUniqueIdsAndEveryTextIsPlain() {
        for (CaseStep step : CaseStep.values()) {
            List<String> ids = new ArrayList<>(step.fields().stream().map(f -> f.id()).toList());
            assertThat(ids).as(step.id()).doesNotHaveDuplicates().isNotEmpty();
            assertThat(step.buttonLabel()).startsWith("Record: ");
        }
        assertThat(Arrays.stream(CaseStep.values()).map(CaseStep::recorded)).doesNotHaveDuplicates();
    }
}
