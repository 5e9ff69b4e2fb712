package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

class CaseCommandsTest {
    private static final UserRef CHAIR = new UserRef(Platform.LOCAL, "chair-staffordshire", "Staffordshire Chair");
    private static final UserRef STRANGER = new UserRef(Platform.LOCAL, "someone-else", "Someone else");
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "business-manager", "Business manager");
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-12-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    private final Roles roles = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of(),
            Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(MANAGER))));
    private final CaseService service = new CaseService(cases, roles, Boards.staffordshireAndStoke(),
            new RulePacks(List.of(PortFixtures.pack())), LATE, (before, after, action) -> { });
    private final CaseCommands commands = new CaseCommands(cases, transcripts, service, roles,
            Boards.staffordshireAndStoke(), LATE, (chair, posted) -> true);
    private final CaseRecord record = PortFixtures.caseRecord("SCR-2026-300",
            new ConversationKey(Platform.LOCAL, "practitioner-1"), PortFixtures.AT);

    CaseCommandsTest() {
        cases.create(record);
    }

    /** A wt2023 case of Staffordshire, referred by the practitioner, stored. */
    private CaseRecord wt2023Case(String reference) {
        CaseRecord wt2023 = CaseRecord.referred(PortFixtures.wt2023Referral(reference), Wt2023.pack().deadlines(),
                PortFixtures.PRACTITIONER, new ConversationKey(Platform.LOCAL, "practitioner-1"), PortFixtures.AT);
        cases.create(wt2023);
        return wt2023;
    }

    /** The commands with both rule packs, on the late clock. */
    private CaseCommands wt2023Commands() {
        CaseService both = new CaseService(cases, roles, Boards.staffordshireAndStoke(),
                new RulePacks(List.of(Wt2015.pack(), Wt2023.pack())), LATE, (before, after, action) -> { });
        return new CaseCommands(cases, transcripts, both, roles, Boards.staffordshireAndStoke(), LATE,
                (chair, posted) -> true);
    }

    private List<Reply> answer(String text, UserRef who) {
        return commands.answer(text, who).orElseThrow();
    }

    private static List<Fact> facts(List<Reply> replies) {
        return ((Reply.Summary) replies.get(0)).facts();
    }

    @Test
    void statusShowsTheStageAndAnOverdueDeadlineWithoutItsReason() {
        List<Fact> facts = facts(answer("status scr-2026-300", CHAIR));

        assertThat(facts).extracting(Fact::value).contains("Awaiting the Chair's decision");
        assertThat(facts).filteredOn(f -> f.label().startsWith("Chair's decision")).singleElement()
                .extracting(Fact::value).asString()
                .contains("due 20 December 2026", "OVERDUE by 3 days", "reason for the delay not yet recorded");
    }

    @Test
    void theReferrerSeesTheirCaseButNobodyElseDoes() {
        assertThat(answer("status SCR-2026-300", PortFixtures.PRACTITIONER).get(0)).isInstanceOf(Reply.Summary.class);
        assertThat(answer("status SCR-2026-300", STRANGER).get(0)).isInstanceOfSatisfying(Reply.Say.class,
                say -> assertThat(say.text()).contains("can't find a case"));
        assertThat(facts(answer("cases", STRANGER))).isEmpty();
        assertThat(facts(answer("cases", CHAIR))).extracting(Fact::label).containsExactly("SCR-2026-300 (Staffordshire)");
    }

    @Test
    void aDelayReasonAndDoneAreRecordedByCommand() {
        answer("delay SCR-2026-300 decision Parallel criminal proceedings", CHAIR);
        assertThat(cases.find(record.id()).orElseThrow().deadlines().get(0).delayReason())
                .contains("Parallel criminal proceedings");

        assertThat(((Reply.Say) answer("done SCR-2026-300 decision", CHAIR).get(0)).text()).contains("marked done");
        assertThat(((Reply.Say) answer("done SCR-2026-300 sometime", CHAIR).get(0)).text()).contains("Which deadline");
    }

    /**
     * A wt2023 case's deadlines take a reason by command as a wt2015 case's do: the rapid review's was not recognised
     * as a command at all. A word that names no deadline is answered with every word there is.
     */
    @Test
    void aDelayReasonIsRecordedByCommandOnAWt2023DeadlineAndAnUnknownDeadlineIsAskedAbout() {
        CaseRecord wt2023 = wt2023Case("CSPR-2026-302");

        CaseCommands both = wt2023Commands();
        List<Reply> recorded = both.answer("delay CSPR-2026-302 rapid Awaiting the police", CHAIR).orElseThrow();
        List<Reply> which = both.answer("delay CSPR-2026-302 Awaiting the police", CHAIR).orElseThrow();

        assertThat(((Reply.Say) recorded.get(0)).text()).as("the answer")
                .isEqualTo("Reason for the delay recorded: \u201CAwaiting the police\u201D.");
        assertThat(cases.find(wt2023.id()).orElseThrow().deadline(DeadlineKind.RAPID_REVIEW).orElseThrow()
                .delayReason()).contains("Awaiting the police");
        assertThat(((Reply.Say) which.get(0)).text()).isEqualTo("Which deadline? Say decision, panel, scr, copy, "
                + "publication, notification, rapid or local, for example: done CSPR-2026-302 panel");
    }

    @Test
    void theBoardsBusinessManagerSeesAndActsOnItsCasesButReadsNoTranscript() {
        assertThat(facts(answer("cases", MANAGER))).extracting(Fact::label).containsExactly("SCR-2026-300 (Staffordshire)");
        assertThat(answer("status SCR-2026-300", MANAGER).get(0)).isInstanceOf(Reply.Summary.class);
        answer("delay SCR-2026-300 decision Parallel criminal proceedings", MANAGER);
        assertThat(cases.find(record.id()).orElseThrow().deadlines().get(0).delayReason())
                .contains("Parallel criminal proceedings");
        assertThat(((Reply.Say) answer("transcript SCR-2026-300", MANAGER).get(0)).text())
                .contains("Only the board's Chair");
    }

    private CaseRecord decideScr() {
        service.act(record.id(), new CaseAction.Decide(CHAIR, uk.lscb.casereview.core.rules.Outcome.SERIOUS_CASE_REVIEW,
                Optional.empty(), Optional.empty(), List.of("A. Reviewer"), true, false), CaseService.Actor.person(CHAIR));
        return cases.find(record.id()).orElseThrow();
    }

    /**
     * A wt2023 case stores the deadlines its pack declares (and they are reminded); its view lists each once, in
     * "What is due next", and the pack's section names the pack without listing them again. The case page shows the
     * same sections.
     */
    @Test
    void aWt2023CaseShowsEachOfItsDeadlinesOnce() {
        wt2023Case("CSPR-2026-301");

        List<String> labels = wt2023Commands().answer("case CSPR-2026-301", MANAGER).orElseThrow().stream()
                .filter(Reply.Summary.class::isInstance).flatMap(reply -> ((Reply.Summary) reply).facts().stream())
                .map(Fact::label).toList();

        assertThat(labels).filteredOn(label -> label.startsWith("Serious incident notification")).hasSize(1);
        assertThat(labels).filteredOn(label -> label.startsWith("Rapid review completed")).hasSize(1);
        assertThat(labels).contains("Rule pack");
    }

    @Test
    void caseShowsTheStageWhatIsDueNextTheStepButtonsAndTheNationalPanelDraft() {
        decideScr();

        List<Reply> replies = answer("case SCR-2026-300", MANAGER);

        assertThat(replies).extracting(reply -> ((Reply.Summary) reply).title()).containsExactly("Case SCR-2026-300",
                "What is due next", "Notification to the national panel: copy this into the national panel's form");
        assertThat(((Reply.Summary) replies.get(0)).facts()).extracting(Fact::value).contains("Decided");
        Reply.Summary due = (Reply.Summary) replies.get(1);
        assertThat(due.facts()).extracting(Fact::label).startsWith("National panel notified of the Chair's decision",
                "Serious case review completed");
        assertThat(due.facts().get(0).value()).isEqualTo("due 6 January 2027");
        assertThat(due.actions()).extracting(uk.lscb.casereview.core.messages.Choice::label).containsExactly(
                "Record: national panel notified", "Record: methodology chosen");
        assertThat(((Reply.Summary) replies.get(2)).facts()).extracting(Fact::label).contains(
                "Independent lead reviewer(s) appointed by the LSCB Chair");
        assertThat(((Reply.Summary) answer("case SCR-2026-300", PortFixtures.PRACTITIONER).get(1)).actions())
                .as("the referrer sees the case but has no step buttons").isEmpty();
        assertThat(((Reply.Say) answer("case SCR-2026-300", STRANGER).get(0)).text()).contains("can't find a case");
    }

    @Test
    void aStepButtonOpensItsFormAndPressedAgainAfterTheStepSaysWhoRecordedItAndWhen() {
        CaseRecord decided = decideScr();
        String open = new uk.lscb.casereview.core.actions.ButtonAction.OpenStep(decided.id().value(),
                CaseStep.NATIONAL_PANEL_NOTIFIED.id()).payload();

        Reply.Form form = (Reply.Form) commands.pressed(open, MANAGER).orElseThrow().get(0);
        assertThat(form.form().fields()).extracting(field -> field.id()).containsExactly(CaseStep.Fields.SENT_ON);
        assertThat(form.form().values()).containsEntry(CaseStep.Fields.SENT_ON, "2026-12-23");
        assertThat(form.form().copyable().orElseThrow()).contains("Case reference: SCR-2026-300",
                "Local Safeguarding Children Board: Staffordshire", "Independent lead reviewer(s) appointed by the "
                        + "LSCB Chair: A. Reviewer");
        assertThat(((Reply.Say) commands.pressed(open, PortFixtures.PRACTITIONER).orElseThrow().get(0)).text())
                .startsWith("Only the Staffordshire Chair, an administrator or the business manager");

        CaseService.ActionResult sent = service.cardAction(new uk.lscb.casereview.core.actions.ButtonAction.TakeStep(
                decided.id().value(), CaseStep.NATIONAL_PANEL_NOTIFIED.id()), Map.of(CaseStep.Fields.SENT_ON,
                "2026-12-22"), CaseService.Actor.person(MANAGER));
        assertThat(sent.applied()).as(sent.message()).isTrue();

        assertThat(((Reply.Say) commands.pressed(open, CHAIR).orElseThrow().get(0)).text()).isEqualTo(
                "National panel notified was already recorded, by Business manager on 23 December 2026 at 10:00. "
                        + "Type case SCR-2026-300 to see where it is.");
    }

    @Test
    void timelineListsEveryStepAndDeadlineInDateOrder() {
        decideScr();

        List<Fact> facts = facts(answer("timeline SCR-2026-300", PortFixtures.PRACTITIONER));

        assertThat(facts).extracting(Fact::label).containsExactly(
                "20 November 2026: LSCB notified of the incident",
                "28 November 2026: Referred",
                "20 December 2026: Deadline: Chair's decision on whether to initiate a serious case review",
                "23 December 2026: Decided",
                "6 January 2027: Deadline: National panel notified of the Chair's decision",
                "23 June 2027: Deadline: Serious case review completed");
    }

    @Test
    void theTimelineNamesOutcomesAndDeadlinesInWordsNotByTheirStoredNames() {
        decideScr();

        List<Fact> facts = facts(answer("timeline SCR-2026-300", PortFixtures.PRACTITIONER));

        assertThat(facts).extracting(Fact::value).noneMatch(value -> value.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"));
        assertThat(facts).filteredOn(fact -> fact.label().endsWith("Decided")).extracting(Fact::value)
                .singleElement().asString().startsWith(Outcome.SERIOUS_CASE_REVIEW.label());
    }

    @Test
    void practitionersCannotRecordAStepEvenByItsSubmitButton() {
        CaseRecord decided = decideScr();

        CaseService.ActionResult refused = service.cardAction(new uk.lscb.casereview.core.actions.ButtonAction.TakeStep(
                decided.id().value(), CaseStep.NATIONAL_PANEL_NOTIFIED.id()), Map.of(CaseStep.Fields.SENT_ON,
                "2026-12-22"), CaseService.Actor.person(PortFixtures.PRACTITIONER));

        assertThat(refused.applied()).isFalse();
        assertThat(refused.message()).isEqualTo("Only the Staffordshire Chair, an administrator or the business "
                + "manager can record \u201Cnational panel notified\u201D.");
        assertThat(cases.find(record.id()).orElseThrow()).isEqualTo(decided);
    }

    @Test
    void onlyTheBoardsChairOrAnAdministratorReadsATranscript() {
        assertThat(((Reply.Say) answer("transcript SCR-2026-300", PortFixtures.PRACTITIONER).get(0)).text())
                .contains("Only the board's Chair");
        assertThat(answer("transcript SCR-2026-300", CHAIR).get(0)).isInstanceOf(Reply.Summary.class);
    }

    @Test
    void statusOfACaseWhoseRemindersFallBeforeTheCalendarSaysTheyCountOnlyWeekends() {
        Clock early2009 = Clock.fixed(Instant.parse("2009-01-20T10:00:00Z"), ZoneId.of("Europe/London"));
        CaseRecord old = CaseRecord.referred(new Referral(PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-2009-001"),
                        LocalDate.parse("2009-01-05"), PortFixtures.deathWithNeglect("SCR-2009-001"),
                        PortFixtures.referral("SCR-2009-001").recommendation()),
                PortFixtures.PRACTITIONER, new ConversationKey(Platform.LOCAL, "old"), Instant.parse("2009-01-06T10:00:00Z"));
        cases.create(old);
        CaseCommands in2009 = new CaseCommands(cases, transcripts, service, roles, Boards.staffordshireAndStoke(),
                early2009, (chair, posted) -> true);

        List<Fact> facts = facts(in2009.answer("status SCR-2009-001", CHAIR).orElseThrow());

        assertThat(facts).filteredOn(f -> f.label().startsWith("Chair's decision")).singleElement()
                .extracting(Fact::value).asString()
                .startsWith("due 5 February 2009")
                .contains("reminders are timed counting only Saturdays and Sundays as days off: the assistant does"
                        + " not know the England and Wales bank holidays of 2009");
        assertThat(facts(answer("status SCR-2026-300", CHAIR))).extracting(Fact::value)
                .noneMatch(value -> value.contains("bank holidays"));
    }

    @Test
    void otherTextIsNotACaseCommand() {
        assertThat(commands.answer("yes", CHAIR)).isEmpty();
        assertThat(commands.answer("", CHAIR)).isEqualTo(Optional.empty());
    }

    /** Help lists the commands each person may use: a practitioner's, and what a Chair or a business manager adds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a practitioner |
            the Chair | decide REFERENCE, transcript REFERENCE, done REFERENCE DEADLINE, delay REFERENCE DEADLINE REASON
            a business manager | done REFERENCE DEADLINE, delay REFERENCE DEADLINE REASON
            """)
    void helpListsTheCommandsEachPersonMayUse(String person, String added) {
        UserRef who = switch (person) {
            case "the Chair" -> CHAIR;
            case "a business manager" -> MANAGER;
            default -> PortFixtures.PRACTITIONER;
        };

        List<String> everyones = List.of("cases", "case REFERENCE", "status REFERENCE", "timeline REFERENCE");
        List<String> listed = new java.util.ArrayList<>(everyones);
        if (added != null) {
            listed.addAll(List.of(added.split(", ")));
        }

        assertThat(commands.commands(who)).extracting(Fact::label).containsExactlyElementsOf(listed);
        assertThat(commands.help(who)).isInstanceOfSatisfying(Reply.Summary.class,
                help -> assertThat(help.facts()).isEqualTo(commands.commands(who)));
    }

    /** Every command help lists is one the commands answer, typed as help shows it with a case's reference. */
    @Test
    void everyCommandHelpListsIsAnswered() {
        for (Fact listed : commands.commands(CHAIR)) {
            String typed = listed.label().replace("REFERENCE", "SCR-2026-300").replace("DEADLINE", "decision")
                    .replace("REASON", "Parallel criminal proceedings");

            assertThat(commands.answer(typed, CHAIR)).as(typed).isPresent();
        }
    }

    /**
     * {@code case} says how to record the reason for an overdue deadline's delay to whoever may record it: it said
     * "reason for the delay not yet recorded" and nothing more, and its buttons are the review's steps.
     */
    @Test
    void theCaseSaysHowToRecordTheReasonForAnOverdueDeadlineToThoseWhoMay() {
        String hint = "Chair's decision on whether to initiate a serious case review: type delay SCR-2026-300 decision "
                + "and the reason, or press Record the reason for the delay on its overdue reminder";

        assertThat(dueNext(CHAIR)).contains(Fact.of("To record the reason for the delay", hint));
        assertThat(dueNext(MANAGER)).contains(Fact.of("To record the reason for the delay", hint));
        assertThat(dueNext(PortFixtures.PRACTITIONER)).extracting(Fact::label)
                .doesNotContain("To record the reason for the delay");
        answer("delay SCR-2026-300 decision Parallel criminal proceedings", CHAIR);
        assertThat(dueNext(CHAIR)).extracting(Fact::label).doesNotContain("To record the reason for the delay");
    }

    /**
     * A case waiting for its Chair names the Chair's decision as its next step, and its Chair has the decision card's
     * button there: {@code case} offered the Chair only "Record: referral withdrawn".
     */
    @Test
    void aCaseWaitingForItsChairNamesTheDecisionAsItsNextStepAndGivesTheChairItsCard() {
        assertThat(dueNext(CHAIR)).contains(Fact.of("Next steps", "The Chair's decision; Referral withdrawn"));
        assertThat(dueNextSection(CHAIR).actions()).extracting(Choice::label)
                .containsExactly("Open the decision card", "Record: referral withdrawn");
        assertThat(dueNextSection(CHAIR).actions().get(0))
                .isEqualTo(Choice.of("Open the decision card", new ButtonAction.OpenDecisionCard("SCR-2026-300")));
        assertThat(dueNextSection(MANAGER).actions()).extracting(Choice::label)
                .containsExactly("Record: referral withdrawn");
        assertThat(dueNextSection(PortFixtures.PRACTITIONER).actions()).isEmpty();
    }

    /** {@code case SCR-2026-300}'s "What is due next". */
    private List<Fact> dueNext(UserRef who) {
        return dueNextSection(who).facts();
    }

    private Reply.Summary dueNextSection(UserRef who) {
        return answer("case SCR-2026-300", who).stream().map(Reply.Summary.class::cast)
                .filter(section -> section.title().equals("What is due next")).findFirst().orElseThrow();
    }

    /**
     * A case command typed without what it needs (as Teams' command menu puts "case" in the box) is answered with
     * how to say it, as help lists it; text that goes on in words is not taken for one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            case                        | Type case with what it needs, like this: case REFERENCE (where a case is, what is due next and what you can do). Type cases for the cases you can see.
            Status                      | Type status with what it needs, like this: status REFERENCE (a case's stage and deadlines, in short). Type cases for the cases you can see.
            done SCR-2026-300           | Type done with what it needs, like this: done REFERENCE DEADLINE (mark a deadline done: the deadline is decision, panel, scr, copy, publication, notification, rapid or local). Type cases for the cases you can see.
            delay SCR-2026-300 decision | Type delay with what it needs, like this: delay REFERENCE DEADLINE REASON (record why an overdue deadline is late). Type cases for the cases you can see.
            """)
    void aCommandWithoutWhatItNeedsIsAnsweredWithHowToSayIt(String typed, String answer) {
        assertThat(answer(typed, CHAIR)).containsExactly(new Reply.Say(answer));
        assertThat(commands.recorded(typed)).isEqualTo(typed.split(" ")[0].toLowerCase(java.util.Locale.UK)
                + " (without all it needs)");
    }

    /** Text that goes on in words is not taken for a command without what it needs: it may answer the Chair. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Case notes were sent to the police on Monday", "status SCR-2026-300 please",
            "Delay 2 weeks", "Done"})
    void textThatGoesOnInWordsIsNotTakenForACommand(String typed) {
        assertThat(commands.answer(typed, CHAIR)).isEqualTo(typed.equals("Done") ? Optional.of(answer("done", CHAIR))
                : Optional.empty());
    }

    /**
     * A command mistyped (a letter missed, added, changed or two swapped) is answered with the command meant, when the
     * slip is alone, before a case reference or a long word; words that only look like one are left alone ("-").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            staus SCR-2026-300          | status REFERENCE
            Stauts                      | status REFERENCE
            caes SCR-2026-300           | case REFERENCE
            dleay SCR-2026-300 scr late | delay REFERENCE DEADLINE REASON
            timelnie SCR-2026-300       | timeline REFERENCE
            trnascript SCR-2026-300     | transcript REFERENCE
            doen SCR-2026-300 scr       | done REFERENCE DEADLINE
            cause of death              | -
            chase the police            | -
            Casey has bruises           | -
            stat                        | -
            hello                       | -
            status SCR-2026-300         | -
            cases                       | -
            """)
    void aMistypedCommandIsAnsweredWithTheCommandMeant(String typed, String meant) {
        Optional<Reply> reply = commands.mistyped(typed, CHAIR);

        if (meant.equals("-")) {
            assertThat(reply).isEmpty();
        } else {
            assertThat(reply).get().isInstanceOfSatisfying(Reply.Say.class, say -> assertThat(say.text())
                    .startsWith("Did you mean " + meant.split(" ")[0] + "? Type it like this: " + meant + " (")
                    .endsWith("Type help for the commands you can use, or start to make a referral.")
                    .doesNotContain(typed.split(" ")[0]));
        }
    }

    /** Only the commands the person may use are suggested. */
    @Test
    void aMistypedCommandThePersonMayNotUseIsNotSuggested() {
        assertThat(commands.mistyped("decdie SCR-2026-300", CHAIR)).isPresent();
        assertThat(commands.mistyped("decdie SCR-2026-300", PortFixtures.PRACTITIONER)).isEmpty();
    }

    /** A command someone may not use, typed alone from Teams' menu, says who may: it started a referral. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            decide     | Only a board's Chair can use decide. Type help for the commands you can use.
            transcript | Only a board's Chair or an administrator can use transcript. Type help for the commands you can use.
            delay      | Only a board's Chair, an administrator or its business manager can use delay. Type help for the commands you can use.
            """)
    void aCommandThePersonMayNotUseTypedAloneSaysWhoMay(String typed, String answer) {
        assertThat(answer(typed, PortFixtures.PRACTITIONER)).containsExactly(new Reply.Say(answer));
    }
}
