package uk.lscb.casereview.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.bot.CaseReviewApplication;
import uk.lscb.casereview.bot.FixedClock;
import uk.lscb.casereview.core.rules.Assessment;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

class TerminalChatTest {

    static String chat(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalChat.run(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), FixedClock.CLOCK);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Recommendation expected(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return ((Assessment.Recommended) Assessment.assess(Wt2015.pack(), answers)).recommendation();
    }

    @Test
    void aPipedReferralWithTypedAnswersAndNumbersEndsInAPossibleSeriousCaseReviewWithItsReasons() {
        String output = chat(String.join("\n", "1", "SCR-2026-040", "3 Nov 2026", "yes", "not sure", "no", "no",
                "yes", "no", "no", "yes", "no", "3", "exit", ""));

        Recommendation rec = expected("abuse_or_neglect", "yes", "child_died", "unsure", "died_in_custody", "no",
                "suspected_suicide", "no", "seriously_harmed", "yes", "concern_working_together", "no",
                "multi_agency_negative_impact", "no", "single_agency_improvements", "yes",
                "several_agencies_need_action", "no", "further_audit_needed", "unsure");
        assertThat(rec.outcome().name()).isEqualTo("POSSIBLE_SERIOUS_CASE_REVIEW");
        assertThat(output).contains("1) Staffordshire").contains("Question 1: Which board")
                .contains("Recommendation: Possible Serious Case Review: the Chair must decide")
                .contains("If the Chair decides the Serious Case Review criteria are not met: Single agency learning review")
                .contains("Also recommended: Further audit and quality-assurance activity")
                .contains("Case reference: SCR-2026-040").contains("LSCB notified on: 3 November 2026")
                .contains("Why:").contains("This is advice: the LSCB Independent Chair always makes the final decision.");
        for (Reason reason : rec.reasons()) {
            assertThat(output).contains(reason.statement());
        }
        assertThat(output).contains("Send to the Chair").endsWith("Goodbye.\n");
    }

    @Test
    void theMainInChatModeRunsOverPipedStdinUntilEndOfInput() {
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(String.join("\n", "2", "REF/77", "yesterday", "no", "no", "1",
                    "2", "summary", "submit").getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CaseReviewApplication.main(new String[] {"--chat"});
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
        String output = out.toString(StandardCharsets.UTF_8);

        Recommendation rec = expected("abuse_or_neglect", "no", "child_died", "no",
                "multi_agency_negative_impact", "yes", "further_audit_needed", "no");
        assertThat(output).contains("Recommendation: Commissioned multi-agency learning review")
                .contains("SCIE Learning Together").contains("Board: Stoke-on-Trent")
                .contains("Your referral REF/77 is recorded here").endsWith("Goodbye.\n");
        rec.reasons().forEach(reason -> assertThat(output).contains(reason.statement()));
    }

    @Test
    void aSubmittedReferralSaysNothingWasSentAndStatusAndCasesShowTheCase() {
        String output = chat(String.join("\n", "2", "REF/78", "yesterday", "no", "no", "1", "2", "submit",
                "status REF/78", "cases", "exit", ""));

        assertThat(output).doesNotContain("Independent Chair for a decision")
                .contains("Your referral REF/78 is recorded here")
                .contains("nothing is sent to anyone: no Chair is told")
                .contains("Case REF/78").contains("Stage: Awaiting the Chair's decision")
                .contains("Open cases you can see").contains("REF/78 (Stoke-on-Trent)");
    }

    @Test
    void theFormAskingAnAgencyIsAskedFieldByFieldAndARefusalIsShownBesideTheFieldAskedAgain() {
        String output = chat(String.join("\n", "2", "REF/79", "yesterday", "no", "no", "1", "2", "submit",
                "case REF/79", "2", "Staffordshire Police", "", "Everything on Jane Smith", "soon",
                "A chronology of police contact", "25/12/2026", "requests REF/79", "exit", ""));

        assertThat(output).contains("Ask an agency for information: REF/79")
                .contains("Agency\n  For example Staffordshire Police.")
                .contains("Their contact (optional: press Enter to leave it empty)")
                .contains("Due date\n  A weekend or bank holiday moves to the next working day.\n  A date, for "
                        + "example 18/12/2026 or 18 Dec 2026.")
                .contains("What is asked: I haven't recorded that: the description of what is asked looks like a "
                        + "person's name.")
                .contains("Due date: Please give the date the information is due, for example 18/12/2026.")
                .contains("Information requested from Staffordshire Police (request 1 on REF/79), due 29 December "
                        + "2026 (25 December 2026 is not a working day, so it is due on the next one).")
                .contains("Request 1: Staffordshire Police: due 29 December 2026; open; no contact on Teams or Slack")
                .doesNotContain("can't be filled in here").endsWith("Goodbye.\n");
    }

    @Test
    void aFormCanBeLeftWithCancelAndNothingIsRecorded() {
        String output = chat(String.join("\n", "2", "REF/80", "yesterday", "no", "no", "1", "2", "submit",
                "case REF/80", "2", "Staffordshire Police", "cancel", "requests REF/80", "exit", ""));

        assertThat(output).contains("Nothing has been recorded.")
                .contains("No agency has been asked for information on REF/80 yet.");
    }

    @Test
    void unknownTextAndOutOfRangeNumbersAreRepromptedNotCrashed() {
        String output = chat("banana\n99\nexit\n");

        assertThat(output).contains("Please choose Staffordshire or Stoke-on-Trent").contains("Goodbye.");
    }
}
