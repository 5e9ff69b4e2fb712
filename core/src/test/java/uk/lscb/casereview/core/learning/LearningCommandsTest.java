package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;

class LearningCommandsTest {
    private static final UserRef PRACTITIONER = new UserRef(Platform.SLACK, "U0PRAC", "A practitioner");

    private final InMemoryLearningLogs logs = new InMemoryLearningLogs();
    private final LearningService service = new LearningService(new InMemoryCases(), logs,
            LearningServiceTest.ROLES, Boards.staffordshireAndStoke(), LearningThemes.DEFAULT,
            Clock.fixed(LearningServiceTest.NOW, ZoneId.of("Europe/London")), record -> { });
    private final LearningCommands commands = new LearningCommands(new LearningSearch(logs, LearningThemes.DEFAULT),
            service, new LearningForms(new InMemoryCases(), service), Boards.staffordshireAndStoke());

    LearningCommandsTest() {
        CaseReference reference = new CaseReference("SCR-2027-004");
        ReviewLearning review = new ReviewLearning(CaseId.of(LearningLogsContract.STOKE, reference), 1,
                LearningLogsContract.STOKE, reference, Outcome.SERIOUS_CASE_REVIEW, List.of(),
                List.of(new Finding(1, "Referral lost between agencies", "Nobody followed the referral up.",
                        List.of("information sharing"), Finding.Kind.LEARNING, PRACTITIONER,
                        Instant.parse("2027-01-10T10:00:00Z"))), List.of(), List.of(),
                Optional.of(new DoneMark(PRACTITIONER, Instant.parse("2027-01-10T10:00:00Z"))), true);
        logs.create(review);
        logs.index(Terms.of(review));
        CaseReference audited = new CaseReference("SCR-2027-005");
        ReviewLearning audit = new ReviewLearning(CaseId.of(LearningLogsContract.STOKE, audited), 1,
                LearningLogsContract.STOKE, audited, Outcome.SINGLE_AGENCY_LEARNING_REVIEW, List.of(),
                List.of(new Finding(1, "Audit of referrals found gaps", "Half the referrals had no outcome.",
                        List.of("supervision"), Finding.Kind.LEARNING, PRACTITIONER,
                        Instant.parse("2027-01-11T10:00:00Z"))), List.of(), List.of(),
                Optional.of(new DoneMark(PRACTITIONER, Instant.parse("2027-01-11T10:00:00Z"))), true,
                ReviewLearning.Source.MULTI_AGENCY_AUDIT);
        logs.create(audit);
        logs.index(Terms.of(audit));
    }

    @Test
    void aFindingFromAMultiAgencyAuditNamesTheAuditInsteadOfTheReviewType() {
        Reply.Summary summary = (Reply.Summary) commands.answer("learning theme:supervision", PRACTITIONER)
                .orElseThrow().get(0);

        assertThat(summary.facts()).extracting(Fact::label).containsExactly(
                "Stoke-on-Trent · multi-agency audit · 2027 · SCR-2027-005 finding 1 · Learning");
    }

    @Test
    void aSearchWithAThemeInCurlyQuotesShowsBoardReviewTypeYearAndFinding() {
        List<Reply> replies = commands.answer("learning theme:\u201CInformation sharing\u201D", PRACTITIONER)
                .orElseThrow();

        Reply.Summary summary = (Reply.Summary) replies.get(0);
        assertThat(summary.title()).isEqualTo("Learning log: 1 finding, best matches first");
        assertThat(summary.facts()).extracting(Fact::label, Fact::value).containsExactly(org.assertj.core.groups.Tuple
                .tuple("Stoke-on-Trent · Serious Case Review · 2027 · SCR-2027-004 finding 1 · Learning",
                        "Referral lost between agencies: Nobody followed the referral up. (Themes: information "
                                + "sharing.)"));
    }

    @Test
    void noMatchAnUnknownThemeAndNoWordsEachSayWhatToTry() {
        assertThat(say("learning housing")).startsWith("No recorded finding matches that.");
        assertThat(say("learning theme:housing")).startsWith("That is not one of the themes.");
        assertThat(say("learning")).startsWith("Search the learning both boards have recorded");
        assertThat(commands.answer("learnings", PRACTITIONER)).isEmpty();
    }

    @Test
    void theTranscriptKeepsTheCommandNotTheWordsSearchedFor() {
        assertThat(commands.recorded("learning Jane Smith")).contains("learning (a search of 10 characters)");
        assertThat(commands.recorded("learning")).contains("learning");
        assertThat(commands.recorded("status SCR-1")).isEmpty();
    }

    private String say(String typed) {
        return ((Reply.Say) commands.answer(typed, PRACTITIONER).orElseThrow().get(0)).text();
    }
}
