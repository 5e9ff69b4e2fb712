package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.rules.QuestionId;

/** What people type: dates, case references, and anything at all. Today is 28 November 2026. */
class ConversationInputTest {

    // ---- dates ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "today              | 2026-11-28",
        "Today              | 2026-11-28",
        "yesterday          | 2026-11-27",
        "28/11/2026         | 2026-11-28",
        "28 Nov 2026        | 2026-11-28",
        "2026-11-28         | 2026-11-28",
        "3 Nov 2026         | 2026-11-03",
        "3rd November 2026  | 2026-11-03",
        "28/11/2025         | 2025-11-28", // exactly a year ago: no confirmation needed
    })
    void notifiedDateIsReadDayFirst(String typed, LocalDate date) {
        Chat chat = Chat.direct().upTo("notified_on").type(typed);

        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(date);
        assertThat(chat.current()).contains("abuse_or_neglect");
    }

    @Test
    void theDateButtonsWork() {
        Chat chat = Chat.direct().upTo("notified_on").pressChoice("Yesterday");

        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(LocalDate.of(2026, 11, 27));
    }

    @ParameterizedTest(name = "\"{0}\" is in the future")
    @ValueSource(strings = {"29/11/2026", "1 Jan 2027", "2027-11-28"})
    void aFutureDateIsRefused(String typed) {
        Chat chat = Chat.direct().upTo("notified_on");
        ConversationState before = chat.state();

        chat.type(typed);

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("is in the future");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2026 | 31 February 2026 is not a date (February 2026 has 28 days). Please check the date.",
        "29 Feb 2026 | 29 February 2026 is not a date (February 2026 has 28 days). Please check the date.",
        "31/04/2026 | 31 April 2026 is not a date (April has 30 days). Please check the date.",
    })
    void aDayItsMonthDoesNotHaveIsSaidNotToBeADateAndAskedAgain(String typed, String said) {
        Chat chat = Chat.direct().upTo("notified_on");
        ConversationState before = chat.state();

        chat.type(typed);

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains(said);
    }

    @Test
    void aDayItsMonthDoesNotHaveTypedInsteadOfYesOrNoIsSaidNotToBeADate() {
        Chat chat = Chat.direct().upTo("notified_on").type("1/11/2025").type("31/09/2025");

        assertThat(chat.text()).contains("31 September 2025 is not a date (September has 30 days).");
        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).isEmpty();
        assertThat(chat.current()).contains("notified_on");
    }

    @Test
    void aDateMoreThanAYearAgoIsKeptWhenConfirmed() {
        Chat chat = Chat.direct().upTo("notified_on").type("27/11/2025");

        assertThat(chat.state().phase()).isEqualTo(Phase.CONFIRMING);
        assertThat(chat.lastAsk().text()).contains("27 November 2025").contains("more than a year ago");
        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).isEmpty();

        chat.type("yes");
        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(LocalDate.of(2025, 11, 27));
        assertThat(chat.current()).contains("abuse_or_neglect");
    }

    @Test
    void aCorrectedDateTypedInsteadOfYesOrNoIsTakenAsTheAnswer() {
        Chat chat = Chat.direct().upTo("notified_on").type("1/11/2025").type("1/11/2026");

        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(LocalDate.of(2026, 11, 1));
        assertThat(chat.current()).contains("abuse_or_neglect");
    }

    @Test
    void aDateMoreThanAYearAgoIsConfirmedByButtonToo() {
        Chat chat = Chat.direct().upTo("notified_on").type("1/11/2025").pressChoice("Yes, that's right");

        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(LocalDate.of(2025, 11, 1));
    }

    @Test
    void aDateMoreThanAYearAgoIsAskedAgainWhenNotConfirmed() {
        Chat chat = Chat.direct().upTo("notified_on").type("1/11/2025").type("no");

        assertThat(chat.state().phase()).isEqualTo(Phase.ASKING);
        assertThat(chat.current()).contains("notified_on");
        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).isEmpty();
        assertThat(chat.text()).contains("type the date again");

        chat.type("yesterday");
        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(LocalDate.of(2026, 11, 27));
    }

    @Test
    void notSureIsNoAnswerToAConfirmation() {
        Chat chat = Chat.direct().upTo("notified_on").type("1/11/2025");
        ConversationState before = chat.state();

        chat.type("not sure");

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("Please answer yes or no");
    }

    @Test
    void todayIsTheDateInLondon() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        Chat chat = Chat.at(Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC))
                .upTo("notified_on").type("today");

        assertThat(chat.state().answers().date(QuestionId.of("notified_on"))).contains(LocalDate.of(2026, 7, 1));
    }

    // ---- case references -----------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is refused and not kept")
    @ValueSource(strings = {"Jane Smith", "Jane.Smith", "SCR 12/03/2015", "dob 2015", "Smith_Jane", "jane Smith Jones"})
    void aCaseReferenceThatMayHoldANameOrBirthDateIsRefusedAndNotKept(String typed) {
        Chat chat = Chat.direct().upTo("case_reference");
        ConversationState before = chat.state();

        chat.type(typed);

        assertThat(chat.last().inboundRefusedBecause()).isPresent();
        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.state().toString()).doesNotContain(typed);
        assertThat(chat.text()).doesNotContain(typed).contains("never type a child's name or date of birth");
        assertThat(chat.lastAsk().question().value()).isEqualTo("case_reference");
    }

    @ParameterizedTest(name = "\"{0}\" is not a case reference")
    @ValueSource(strings = {"ab", "SCR#14", "SCR 2026 014", "x1234567890123456789012345678901234567890"})
    void aMalformedCaseReferenceIsReprompted(String typed) {
        Chat chat = Chat.direct().upTo("case_reference");
        ConversationState before = chat.state();

        chat.type(typed);

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).contains("3 to 40");
    }

    @ParameterizedTest(name = "\"{0}\" is a case reference")
    @ValueSource(strings = {"SCR-2026-014", "scr/2026/14", "LADO_77", "SSCB/2026/07", "SOTSCB-LR-2026-3",
        "LCSPR-23-001", "SILP.2026.2", "Staffs-SCR-12", "2026-014", "A1B"})
    void aWellFormedCaseReferenceIsAccepted(String typed) {
        Chat chat = Chat.direct().upTo("case_reference").type(typed);

        assertThat(chat.answer("case_reference")).contains(typed);
        assertThat(chat.last().inboundRefusedBecause()).isEmpty();
        assertThat(chat.current()).contains("notified_on");
    }

    @ParameterizedTest(name = "\"{0}\" is not taken as a case reference and not kept")
    @ValueSource(strings = {"SMITH-J-2015", "jane.smith", "JSMITH2015", "abc", "A.B.C", "smith-2015", "2015-JONES",
        "kowalska-14", "dafydd_9"})
    void textWithoutANumberOrWithAWordIsNotACaseReference(String typed) {
        Chat chat = Chat.direct().upTo("case_reference");
        ConversationState before = chat.state();

        chat.type(typed);

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.last().understoodAs()).isEmpty();
        assertThat(chat.text()).doesNotContain(typed).contains("has a number in it", "not words or names");
    }

    @Test
    void aHyphenatedFullNameIsRefusedAsACaseReference() {
        Chat chat = Chat.direct().upTo("case_reference").type("Jane-Smith");

        assertThat(chat.last().inboundRefusedBecause()).isPresent();
        assertThat(chat.answer("case_reference")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" at {1} is refused and not kept")
    @CsvSource({
        "Jane Smith, abuse_or_neglect", "Jane Smith, board", "Jane Smith, notified_on",
        "born 3 March 2015, child_died", "'Smith, Jane', further_audit_needed",
    })
    void aNameOrDateTypedAtAnyQuestionIsRefusedAndNotKept(String typed, String question) {
        Chat chat = Chat.direct().upTo(question);
        ConversationState before = chat.state();

        chat.type(typed);

        assertThat(chat.last().inboundRefusedBecause()).isPresent();
        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.text()).doesNotContain(typed);
    }


    @Test
    void aNameTypedToStartIsRefusedButTheReferralStarts() {
        Chat chat = Chat.direct().type("Jane Smith was hurt");

        assertThat(chat.last().inboundRefusedBecause()).isPresent();
        assertThat(chat.text()).doesNotContain("Jane Smith").contains("haven't kept your message");
        assertThat(chat.current()).contains("board");
    }

    // ---- anything at all -----------------------------------------------------------------------

    static Stream<String> garbage() {
        return Stream.of(
                "",
                "   ",
                "\t\r\n",
                "a".repeat(100_000),
                "x ".repeat(50_000),
                "Yes ".repeat(25_000),
                "😀🙈👍",
                "\u0000\u0000\u0000",
                "\u0001\u0002\u001b[31m\u007f",
                "\u200F\u200E\u202E\u202C",
                "\uD800",
                "'; DROP TABLE cases; --",
                "{\"answer\": \"yes\", \"question\": \"child_died\"}",
                "<script>alert(1)</script>",
                "${jndi:ldap://example.invalid/a}",
                "%s%n%d%x",
                "change 0",
                "change 999",
                "edit 12345",
                "answer:abuse_or_neglect:yes",
                "cmd:submit");
    }

    enum Point {
        BOARD(() -> Chat.direct().type("start")),
        CASE_REFERENCE(() -> Chat.direct().upTo("case_reference")),
        NOTIFIED_ON(() -> Chat.direct().upTo("notified_on")),
        YES_NO(() -> Chat.direct().upTo("concern_working_together")),
        CONFIRMING(() -> Chat.direct().upTo("notified_on").type("1/11/2025")),
        REVIEWING(() -> Chat.direct().reviewing()),
        SUBMITTED(() -> Chat.direct().reviewing().type("submit"));

        private final Supplier<Chat> chat;

        Point(Supplier<Chat> chat) {
            this.chat = chat;
        }
    }

    static Stream<Arguments> garbageAtEveryPoint() {
        return Stream.of(Point.values()).flatMap(point -> garbage().map(text -> Arguments.of(point, text)));
    }

    @ParameterizedTest(name = "{0}: text #{index}")
    @MethodSource("garbageAtEveryPoint")
    void typedGarbageNeverThrowsAndChangesNothing(Point point, String text) {
        Chat chat = point.chat.get();
        ConversationState before = chat.state();

        assertThatCode(() -> chat.type(text)).doesNotThrowAnyException();

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.last().replies()).isNotEmpty();
        assertThat(chat.last().effects()).isEmpty();
    }

    static Stream<String> garbagePayloads() {
        return Stream.of("", "answer:", "answer::", "answer:abuse_or_neglect", "answer:ABUSE:yes", "cmd:",
                "cmd:nope", "cmd:SUBMIT", "edit:../../x", "edit:", "edit:nosuch_question", "confirm:notified_on:maybe",
                ":::", "answer:nosuch_question:yes", "confirm:nosuch_question:yes", "x".repeat(100_000),
                "answer:child_died:yes\u0000", "😀:😀:😀",
                // a case card's buttons, which have no meaning in the scoping conversation
                "case:decide:staffordshire/SCR-2026-901:1", "case:done:staffordshire/SCR-2026-901:CHAIR_DECISION",
                "case:provided:staffordshire/SCR-2026-901:1", "case:take:staffordshire/SCR-2026-901:review-started",
                "case:details:staffordshire/SCR-2026-901:1", "decide:SCR-2026-901");
    }

    static Stream<Arguments> garbagePayloadsAtEveryPoint() {
        return Stream.of(Point.values()).flatMap(point -> garbagePayloads().map(p -> Arguments.of(point, p)));
    }

    @ParameterizedTest(name = "{0}: payload #{index}")
    @MethodSource("garbagePayloadsAtEveryPoint")
    void garbageButtonsNeverThrowAndChangeNothing(Point point, String payload) {
        Chat chat = point.chat.get();
        ConversationState before = chat.state();

        assertThatCode(() -> chat.press(payload)).doesNotThrowAnyException();

        assertThat(chat.state()).isEqualTo(before);
        assertThat(chat.last().replies()).isNotEmpty();
        assertThat(chat.last().effects()).isEmpty();
    }

    @Test
    void anUnrecognisedButtonSaysSo() {
        Chat chat = Chat.direct().upTo("child_died").press("cmd:nope");

        assertThat(chat.text()).contains("didn't recognise that button");
        assertThat(chat.lastAsk().question().value()).isEqualTo("child_died");
    }

    @Test
    void anUnrecognisedAnswerGetsAShortRepromptWithTheQuestion() {
        Chat chat = Chat.direct().upTo("child_died").type("perhaps later");

        assertThat(chat.text()).contains("Please answer yes, no or not sure");
        assertThat(chat.lastAsk().question().value()).isEqualTo("child_died");
    }

    @Test
    void noReplyEverEchoesWhatWasTyped() {
        String marker = "zqxjv-unusual-9431";
        for (Point point : Point.values()) {
            Chat chat = point.chat.get().type(marker);
            assertThat(chat.text()).as("at %s", point).doesNotContain(marker);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CASE_REFERENCE", "YES_NO", "REVIEWING"})
    void longHyphenatedTextNeverThrows(Point point) {
        Chat chat = point.chat.get();
        ConversationState before = chat.state();

        assertThatCode(() -> chat.type("Aa-".repeat(34_000))).doesNotThrowAnyException();
        assertThat(chat.state()).isEqualTo(before);
    }

    @Test
    void longPunctuationIsHandledQuickly() {
        Chat chat = Chat.direct().upTo("child_died");
        String text = ".".repeat(100_000) + "x";

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> chat.type(text));
        assertThat(chat.current()).contains("child_died");
    }

    @Test
    void inputsThatMayCrashAreStillSmallEnoughToBeHandled() {
        // the same shapes as the disabled tests above, at sizes that work today
        List<String> texts = List.of("Aa-".repeat(300), ".".repeat(2_000) + "x");
        for (String text : texts) {
            Chat chat = Chat.direct().upTo("child_died");
            assertThatCode(() -> chat.type(text)).doesNotThrowAnyException();
            assertThat(chat.current()).contains("child_died");
        }
    }
}
