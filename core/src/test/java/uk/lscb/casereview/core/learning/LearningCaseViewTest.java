package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.CaseService.Actor;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * {@code case <reference>} for the people the learning names who are not the board's: a lead reviewer and an action's
 * owner see the review's learning and its forms, and nothing else of the case; anyone else is told there is no case
 * they can see.
 */
class LearningCaseViewTest {
    private static final Clock CLOCK = Clock.fixed(LearningServiceTest.NOW, ZoneId.of("Europe/London"));
    private final InMemoryCases cases = new InMemoryCases();
    private final LearningService service = new LearningService(cases, new InMemoryLearningLogs(),
            LearningServiceTest.ROLES, Boards.staffordshireAndStoke(), LearningThemes.DEFAULT, CLOCK, record -> { });
    private final LearningForms forms = new LearningForms(cases, service);
    private final CaseService caseService = new CaseService(cases, LearningServiceTest.ROLES,
            Boards.staffordshireAndStoke(), new RulePacks(List.of(Wt2015.pack())), CLOCK, (before, after, action) -> { },
            (id, kind, due) -> false, new AgencyRequestService(cases, new InMemoryAgencyRequests(),
            LearningServiceTest.ROLES, Boards.staffordshireAndStoke(), WorkingDays.englandAndWales(), CLOCK,
            record -> { }));
    private final CaseCommands commands = new CaseCommands(cases, new InMemoryTranscripts(), caseService,
            LearningServiceTest.ROLES, Boards.staffordshireAndStoke(), CLOCK, (chair, posted) -> false,
            List.of(new LearningCommands(new LearningSearch(new InMemoryLearningLogs(), LearningThemes.DEFAULT),
                    service, forms, Boards.staffordshireAndStoke())));
    private final CaseRecord record = LearningServiceTest.decided(cases, "SCR-2026-410",
            Outcome.SERIOUS_CASE_REVIEW);

    private List<Reply> caseShownTo(UserRef who) {
        return commands.answer("case SCR-2026-410", who).orElseThrow();
    }

    private static List<String> titles(List<Reply> replies) {
        return replies.stream().map(reply -> reply instanceof Reply.Summary summary ? summary.title()
                : ((Reply.Say) reply).text()).toList();
    }

    private static List<String> buttons(Reply reply) {
        return ((Reply.Summary) reply).actions().stream().map(Choice::label).toList();
    }

    @Test
    void aLeadReviewerAndAnActionsOwnerFromOutsideTheBoardSeeOnlyTheReviewsLearningWithTheirForms() {
        service.leadReviewer(record.id(), LearningServiceTest.REVIEWER, Actor.person(LearningServiceTest.MANAGER));
        service.addFinding(record.id(), LearningServiceTest.neglectFinding(),
                Actor.person(LearningServiceTest.REVIEWER));
        service.addRecommendation(record.id(), new LearningService.RecommendationInput("Share referrals.", List.of(1),
                List.of("Staffordshire Police")), Actor.person(LearningServiceTest.MANAGER));
        service.addAction(record.id(), new LearningService.ActionInput(1, "Staffordshire Police",
                Optional.of(LearningServiceTest.OWNER), "2027-01-29"), Actor.person(LearningServiceTest.MANAGER));

        List<Reply> reviewer = caseShownTo(LearningServiceTest.REVIEWER);
        List<Reply> owner = caseShownTo(LearningServiceTest.OWNER);

        assertThat(titles(reviewer)).containsExactly("Learning from SCR-2026-410");
        assertThat(buttons(reviewer.get(0))).contains("Record a finding", "Mark an action started",
                "Mark an action done").doesNotContain("Name a lead reviewer");
        assertThat(titles(owner)).containsExactly("Learning from SCR-2026-410");
        assertThat(buttons(owner.get(0))).containsExactly("Mark an action started", "Mark an action done");
        assertThat(titles(caseShownTo(LearningServiceTest.MANAGER))).startsWith("Case SCR-2026-410")
                .contains("Learning from SCR-2026-410");
    }

    @Test
    void aLargeReviewsLearningShowsTenOfEachInShortAndSaysWhereTheWholeOfItIs() {
        LargestReview.enter(service, record, LearningServiceTest.MANAGER);

        Reply.Summary learning = (Reply.Summary) caseShownTo(LearningServiceTest.MANAGER).stream()
                .filter(reply -> reply instanceof Reply.Summary summary && summary.title().startsWith("Learning from"))
                .findFirst().orElseThrow();

        assertThat(learning.facts()).extracting(Fact::label).filteredOn(label -> label.startsWith("Finding "))
                .hasSize(10);
        assertThat(learning.facts()).extracting(Fact::label).filteredOn(label -> label.startsWith("Recommendation "))
                .hasSize(10);
        assertThat(learning.facts()).extracting(Fact::label).filteredOn(label -> label.startsWith("Action "))
                .hasSize(10);
        assertThat(learning.facts()).allSatisfy(fact -> assertThat(fact.value().length()).isLessThanOrEqualTo(250));
        assertThat(learning.facts().get(learning.facts().size() - 1).value()).isEqualTo("The first 10 of 60 "
                + "findings, 120 recommendations and 120 actions are shown; all of them: GET "
                + "/api/cases/SCR-2026-410/learning.");
    }

    @Test
    void aLargeReviewsFormsListTheFindingsAndNameTheAgenciesInShort() {
        LargestReview.enter(service, record, LearningServiceTest.MANAGER);
        Map<String, StepForm> forms = LargestReview.refusedForms(this.forms, record, LearningServiceTest.MANAGER);

        assertThat(forms.get(LearningForms.RECORD).intro()).hasSize(21)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100))
                .last().isEqualTo("Findings 21 to 60 are not listed here; they are shared with the rest.");
        assertThat(forms.get(LearningForms.RECOMMENDATION).fields()).filteredOn(field -> field.id().equals("findings"))
                .singleElement().satisfies(findings -> assertThat(findings.options()).hasSize(60)
                        .allSatisfy(option -> assertThat(option.label().length()).isLessThanOrEqualTo(75)));
        assertThat(forms.get(LearningForms.DONE).fields().get(0).options())
                .allSatisfy(option -> assertThat(option.label().length()).isLessThanOrEqualTo(75));
    }

    @Test
    void theLearningSectionOffersToSayTheLearningIsFromTheAuditOnlyOnACaseWhoseDecisionAskedForOne() {
        LearningServiceTest.decidedWithAudit(cases, "SCR-2026-411", true);
        Reply.Summary audited = (Reply.Summary) commands.answer("case SCR-2026-411", LearningServiceTest.MANAGER)
                .orElseThrow().stream().filter(reply -> reply instanceof Reply.Summary summary
                        && summary.title().equals("Learning from SCR-2026-411")).findFirst().orElseThrow();
        LearningServiceTest.decidedWithAudit(cases, "SCR-2026-412", false);

        Reply.Summary plain = (Reply.Summary) commands.answer("case SCR-2026-412", LearningServiceTest.MANAGER)
                .orElseThrow().stream().filter(reply -> reply instanceof Reply.Summary summary
                        && summary.title().equals("Learning from SCR-2026-412")).findFirst().orElseThrow();

        assertThat(buttons(audited)).containsExactly("Record a finding", "Say the learning is from the audit",
                "Name a lead reviewer");
        assertThat(buttons(plain)).doesNotContain("Say the learning is from the audit");
    }

    @Test
    void someoneWithNoPartInTheLearningIsToldThereIsNoCaseTheyCanSee() {
        assertThat(titles(caseShownTo(LearningServiceTest.REVIEWER))).singleElement().asString()
                .startsWith("I can't find a case SCR-2026-410 that you can see.");
    }
}
