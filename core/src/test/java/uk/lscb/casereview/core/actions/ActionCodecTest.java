package uk.lscb.casereview.core.actions;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.rules.QuestionId;

class ActionCodecTest {

    private static final QuestionId AGE = QuestionId.of("child_age");

    /** Every kind of button action, with the wire string it has had since before the codec (cards and transcripts keep them). */
    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(new ButtonAction.Answer(AGE, "under_18"), "answer:child_age:under_18"),
                Arguments.of(new ButtonAction.Answer(AGE, "12:30"), "answer:child_age:12:30"),
                Arguments.of(new ButtonAction.Answer(AGE, ""), "answer:child_age:"),
                Arguments.of(new ButtonAction.Edit(AGE), "edit:child_age"),
                Arguments.of(new ButtonAction.ConfirmAnswer(AGE, true), "confirm:child_age:yes"),
                Arguments.of(new ButtonAction.ConfirmAnswer(AGE, false), "confirm:child_age:no"),
                Arguments.of(new ButtonAction.Keep(AGE), "keep:child_age"),
                Arguments.of(new ButtonAction.Discard(Command.RESTART, true), "discard:restart:yes"),
                Arguments.of(new ButtonAction.Discard(Command.CANCEL, false), "discard:cancel:no"),
                Arguments.of(new ButtonAction.Run(Command.START), "cmd:start"),
                Arguments.of(new ButtonAction.Run(Command.BACK), "cmd:back"),
                Arguments.of(new ButtonAction.Run(Command.RESTART), "cmd:restart"),
                Arguments.of(new ButtonAction.Run(Command.WHY), "cmd:why"),
                Arguments.of(new ButtonAction.Run(Command.HELP), "cmd:help"),
                Arguments.of(new ButtonAction.Run(Command.SUMMARY), "cmd:summary"),
                Arguments.of(new ButtonAction.Run(Command.CANCEL), "cmd:cancel"),
                Arguments.of(new ButtonAction.Run(Command.SUBMIT), "cmd:submit"),
                Arguments.of(new ButtonAction.Decision(DecisionVerb.CONFIRM, "staffordshire/SCR-2026-014", 3, 2),
                        "case:confirm:staffordshire/SCR-2026-014:3:2"),
                Arguments.of(new ButtonAction.Decision(DecisionVerb.DECIDE, "staffordshire/SCR-2026-014", 3, 2),
                        "case:decide:staffordshire/SCR-2026-014:3:2"),
                Arguments.of(new ButtonAction.Decision(DecisionVerb.MORE_INFORMATION, "staffordshire/SCR-2026-014", 12,
                        3), "case:more-info:staffordshire/SCR-2026-014:12:3"),
                Arguments.of(new ButtonAction.Decision(DecisionVerb.AGREE, "stoke-on-trent/CSPR-2026-014", 2, 1),
                        "case:agree:stoke-on-trent/CSPR-2026-014:2:1"),
                Arguments.of(new ButtonAction.Decision(DecisionVerb.DISAGREE, "stoke-on-trent/CSPR-2026-014", 2, 1),
                        "case:disagree:stoke-on-trent/CSPR-2026-014:2:1"),
                // As posted before cards said how much of the audit trail they show: still read.
                Arguments.of(new ButtonAction.Decision(DecisionVerb.CONFIRM, "staffordshire/SCR-2026-014", 3),
                        "case:confirm:staffordshire/SCR-2026-014:3"),
                Arguments.of(new ButtonAction.Decision(DecisionVerb.DECIDE, "stoke-on-trent/ST/2027/001", 2),
                        "case:decide:stoke-on-trent/ST/2027/001:2"),
                Arguments.of(new ButtonAction.AnswerChair("staffordshire/SCR-2026-014", 4),
                        "case:answer:staffordshire/SCR-2026-014:4"),
                Arguments.of(new ButtonAction.ShowDetails("staffordshire/SCR-2026-014", 5),
                        "case:details:staffordshire/SCR-2026-014:5"),
                Arguments.of(new ButtonAction.MarkDone("staffordshire/SCR-2026-014", DeadlineKind.NATIONAL_PANEL_NOTIFICATION),
                        "case:done:staffordshire/SCR-2026-014:NATIONAL_PANEL_NOTIFICATION"),
                Arguments.of(new ButtonAction.RecordDelay("staffordshire/SCR-2026-014", DeadlineKind.CHAIR_DECISION),
                        "case:delay:staffordshire/SCR-2026-014:CHAIR_DECISION"),
                Arguments.of(new ButtonAction.MarkProvided("staffordshire/SCR-2026-014", 2),
                        "case:provided:staffordshire/SCR-2026-014:2"),
                Arguments.of(new ButtonAction.OpenStep("staffordshire/SCR-2026-014", "national-panel-notified"),
                        "case:step:staffordshire/SCR-2026-014:national-panel-notified"),
                Arguments.of(new ButtonAction.TakeStep("staffordshire/SCR-2026-014", "publication-planned"),
                        "case:take:staffordshire/SCR-2026-014:publication-planned"),
                Arguments.of(new ButtonAction.OpenDecisionCard("SCR-2026-014"), "decide:SCR-2026-014"),
                Arguments.of(new ButtonAction.ChangeChosen(), "change:chosen"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyKind")
    void everyActionEncodesToItsWireStringAndDecodesBackToItself(ButtonAction action, String wire) {
        assertThat(ActionCodec.encode(action)).isEqualTo(wire);
        assertThat(action.payload()).isEqualTo(wire);
        assertThat(ActionCodec.decode(wire)).contains(action);
    }

    @Test
    void theTableCoversEveryKindOfAction() {
        Set<Class<?>> covered = everyKind().map(arguments -> arguments.get()[0].getClass()).collect(Collectors.toSet());
        Set<Class<?>> kinds = leaves(ButtonAction.class).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(kinds);
        Set<DecisionVerb> verbs = everyKind().map(arguments -> arguments.get()[0])
                .filter(ButtonAction.Decision.class::isInstance).map(action -> ((ButtonAction.Decision) action).verb())
                .collect(Collectors.toSet());
        assertThat(verbs).isEqualTo(EnumSet.allOf(DecisionVerb.class));
    }

    @Test
    void everyDeadlineKindRoundTripsOnBothReminderButtons() {
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(ActionCodec.decode(new ButtonAction.MarkDone("b/REF-1", kind).payload()))
                    .contains(new ButtonAction.MarkDone("b/REF-1", kind));
            assertThat(ActionCodec.decode(new ButtonAction.RecordDelay("b/REF-1", kind).payload()))
                    .contains(new ButtonAction.RecordDelay("b/REF-1", kind));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "answer", "answer:", "answer:Not A Question:x", "answer:child_age", "edit:",
            "edit:child_age:extra", "confirm:child_age:maybe", "confirm:child_age", "keep:", "keep:child_age:x",
            "discard:start:yes", "discard:restart:perhaps", "discard:restart", "cmd:", "cmd:fly", "cmd:start:now",
            "case:", "case:confirm", "case:confirm:b/REF-1", "case:confirm:b/REF-1:", "case:confirm:b/REF-1:three",
            "case:confirm::3", "case:fly:b/REF-1:3", "case:done:b/REF-1:NOT_A_DEADLINE", "case:delay:b/REF-1:",
            "case:done:b/REF-1:CHAIR_DECISION:extra", "case:answer:b/REF-1:-", "case:details:b/REF-1:1.5",
            "case:provided:b/REF-1:", "case:provided:b/REF-1:0", "case:provided:b/REF-1:x", "case:provided::1", "case:provided:b/REF-1:99999999999",
            "case:step:b/REF-1:", "case:step:b/REF-1:Close", "case:take:b/REF-1:close-", "case:take:b/REF-1:a b",
            "decide:", "decide: ", "change:other", "change:chosen:x", "hello", "CMD:START", "case:CONFIRM:b/REF-1:3",
            "case:confirm:b/REF-1:3:0", "case:confirm:b/REF-1:3:x", "case:confirm:b/REF-1:3:-1", "case:decide:b/REF-1:3:4:5",
            "case:agree:b/REF-1:3:99999999999", "case:answer:b/REF-1:3:4", "case:details:b/REF-1:3:4",
            "case:provided:b/REF-1:2:1", "case:fly:b/REF-1:3:4"})
    void malformedPayloadsDecodeToEmpty(String malformed) {
        assertThat(ActionCodec.decode(malformed)).isEmpty();
    }

    @Test
    void noPayloadDecodesToEmpty() {
        assertThat(ActionCodec.decode(null)).isEqualTo(Optional.empty());
    }

    @Test
    void commandsAreFoundByTheirWord() {
        Arrays.stream(Command.values()).forEach(command ->
                assertThat(Command.fromWord(command.word())).contains(command));
        assertThat(Command.fromWord("fly")).isEmpty();
    }

    @Test
    void theActionsPackageIsALeafOfCore() {
        var actions = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.lscb.casereview.core.actions");
        noClasses().that().resideInAPackage("uk.lscb.casereview.core.actions")
                .should().dependOnClassesThat(resideInAPackage("uk.lscb.casereview.core..")
                        .and(not(resideInAPackage("uk.lscb.casereview.core.actions")))
                        .and(not(belongToAnyOf(QuestionId.class, DeadlineKind.class))))
                .because("cases and conversation depend on actions, never the reverse")
                .check(actions);
    }

    private static Stream<Class<?>> leaves(Class<?> type) {
        return type.isSealed()
                ? Arrays.stream(type.getPermittedSubclasses()).flatMap(ActionCodecTest::leaves)
                : Stream.of(type);
    }
}
