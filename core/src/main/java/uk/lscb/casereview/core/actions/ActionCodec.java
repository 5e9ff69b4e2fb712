package uk.lscb.casereview.core.actions;

import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * The one place a {@link ButtonAction} becomes a payload string and back. The strings are the ones buttons,
 * golden cards and stored transcripts have always had:
 * <ul>
 *   <li>{@code answer:<question>:<value>}, {@code edit:<question>}, {@code confirm:<question>:<yes|no>},
 *       {@code keep:<question>}, {@code discard:<restart|cancel>:<yes|no>}, {@code cmd:<command>};</li>
 *   <li>{@code case:<confirm|decide|more-info|agree|disagree>:<caseId>:<version>:<audit entries seen>} (a card
 *       posted before cards said how many of the case's audit entries they show has no {@code :<audit entries seen>},
 *       and still decodes), {@code case:<answer|details>:<caseId>:<version>} and
 *       {@code case:<done|delay>:<caseId>:<DEADLINE_KIND>}, {@code case:provided:<caseId>:<request number>};
 *       {@code case:<step|take>:<caseId>:<step-id>} (open a step's form; submit it);</li>
 *   <li>{@code decide:<reference>} and {@code change:chosen}.</li>
 * </ul>
 * Anything else, or anything malformed, decodes to empty.
 */
public final class ActionCodec {
    /** What a person is told when a button's payload is not one of ours (it decoded to empty). */
    public static final String UNRECOGNISED = "Sorry, I didn't recognise that button.";
    private static final String CASE = "case";
    private static final java.util.regex.Pattern STEP_ID = java.util.regex.Pattern.compile("[a-z]+(-[a-z]+)*");

    private ActionCodec() {
    }

    /** The payload of an action (Java 17 has no switch over a sealed type: the codec's test covers every kind). */
    public static String encode(ButtonAction action) {
        if (action instanceof ButtonAction.Answer answer) {
            return "answer:" + answer.question().value() + ":" + answer.value();
        }
        if (action instanceof ButtonAction.Edit edit) {
            return "edit:" + edit.question().value();
        }
        if (action instanceof ButtonAction.ConfirmAnswer confirm) {
            return "confirm:" + confirm.question().value() + ":" + yesNo(confirm.confirmed());
        }
        if (action instanceof ButtonAction.Keep keep) {
            return "keep:" + keep.question().value();
        }
        if (action instanceof ButtonAction.Discard discard) {
            return "discard:" + discard.command().word() + ":" + yesNo(discard.confirmed());
        }
        if (action instanceof ButtonAction.Run run) {
            return "cmd:" + run.command().word();
        }
        if (action instanceof ButtonAction.Decision decision) {
            String onCard = onCase(decision.verb().word(), decision.caseId(), decision.version());
            return decision.seen().isPresent() ? onCard + ":" + decision.seen().getAsInt() : onCard;
        }
        if (action instanceof ButtonAction.AnswerChair answer) {
            return onCase("answer", answer.caseId(), answer.version());
        }
        if (action instanceof ButtonAction.ShowDetails details) {
            return onCase("details", details.caseId(), details.version());
        }
        if (action instanceof ButtonAction.MarkDone done) {
            return onCase("done", done.caseId(), done.deadline().name());
        }
        if (action instanceof ButtonAction.RecordDelay delay) {
            return onCase("delay", delay.caseId(), delay.deadline().name());
        }
        if (action instanceof ButtonAction.MarkProvided provided) {
            return onCase("provided", provided.caseId(), provided.number());
        }
        if (action instanceof ButtonAction.OpenStep open) {
            return onCase("step", open.caseId(), open.step());
        }
        if (action instanceof ButtonAction.TakeStep take) {
            return onCase("take", take.caseId(), take.step());
        }
        if (action instanceof ButtonAction.OpenDecisionCard open) {
            return "decide:" + open.reference();
        }
        if (action instanceof ButtonAction.ChangeChosen) {
            return "change:chosen";
        }
        throw new IllegalArgumentException("no payload for " + action);
    }

    /** The action a payload stands for; empty when it is not one of ours or is malformed. */
    public static Optional<ButtonAction> decode(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        try {
            if (payload.startsWith("decide:")) {
                String reference = payload.substring("decide:".length());
                return reference.isBlank() ? Optional.empty() : Optional.of(new ButtonAction.OpenDecisionCard(reference));
            }
            if (payload.startsWith(CASE + ":")) {
                return onCase(payload.split(":"));
            }
            String[] parts = payload.split(":", 3);
            return Optional.ofNullable(switch (parts[0]) {
                case "answer" -> parts.length == 3 && QuestionId.isWellFormed(parts[1])
                        ? new ButtonAction.Answer(QuestionId.of(parts[1]), parts[2]) : null;
                case "edit" -> parts.length == 2 && QuestionId.isWellFormed(parts[1])
                        ? new ButtonAction.Edit(QuestionId.of(parts[1])) : null;
                case "confirm" -> parts.length == 3 && QuestionId.isWellFormed(parts[1]) && isYesNo(parts[2])
                        ? new ButtonAction.ConfirmAnswer(QuestionId.of(parts[1]), parts[2].equals("yes")) : null;
                case "keep" -> parts.length == 2 && QuestionId.isWellFormed(parts[1])
                        ? new ButtonAction.Keep(QuestionId.of(parts[1])) : null;
                case "discard" -> parts.length == 3 && isYesNo(parts[2])
                        ? Command.fromWord(parts[1]).filter(c -> c == Command.RESTART || c == Command.CANCEL)
                        .map(c -> new ButtonAction.Discard(c, parts[2].equals("yes"))).orElse(null) : null;
                case "cmd" -> parts.length == 2 ? Command.fromWord(parts[1]).map(ButtonAction.Run::new).orElse(null)
                        : null;
                case "change" -> payload.equals("change:chosen") ? new ButtonAction.ChangeChosen() : null;
                default -> null;
            });
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** A case id as a payload can carry it: not blank, and without the separator. */
    static String caseId(String caseId) {
        if (caseId == null || caseId.isBlank() || caseId.contains(":")) {
            throw new IllegalArgumentException("not a case id a payload can carry");
        }
        return caseId;
    }

    /** A step's id as a payload can carry it: lower-case letters and hyphens. */
    static String stepId(String step) {
        if (step == null || !STEP_ID.matcher(step).matches()) {
            throw new IllegalArgumentException("not a step id");
        }
        return step;
    }

    private static Optional<ButtonAction> onCase(String[] parts) {
        if (parts.length == 5 && parts[0].equals(CASE)) {
            return DecisionVerb.fromWord(parts[1]).map(verb -> new ButtonAction.Decision(verb, parts[2],
                    version(parts[3]), number(parts[4])));
        }
        if (parts.length != 4 || !parts[0].equals(CASE)) {
            return Optional.empty();
        }
        String id = parts[2];
        return Optional.ofNullable(switch (parts[1]) {
            case "done" -> deadline(parts[3]).map(kind -> new ButtonAction.MarkDone(id, kind)).orElse(null);
            case "delay" -> deadline(parts[3]).map(kind -> new ButtonAction.RecordDelay(id, kind)).orElse(null);
            case "answer" -> new ButtonAction.AnswerChair(id, version(parts[3]));
            case "details" -> new ButtonAction.ShowDetails(id, version(parts[3]));
            case "provided" -> new ButtonAction.MarkProvided(id, number(parts[3]));
            case "step" -> new ButtonAction.OpenStep(id, parts[3]);
            case "take" -> new ButtonAction.TakeStep(id, parts[3]);
            default -> DecisionVerb.fromWord(parts[1])
                    .map(verb -> new ButtonAction.Decision(verb, id, version(parts[3]))).orElse(null);
        });
    }

    /** A version: digits only (a NumberFormatException is an IllegalArgumentException). */
    private static long version(String text) {
        if (!text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a version");
        }
        return Long.parseLong(text);
    }

    /** A request's number: digits only, within an int (a NumberFormatException is an IllegalArgumentException). */
    private static int number(String text) {
        if (!text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a number");
        }
        return Integer.parseInt(text);
    }

    private static Optional<DeadlineKind> deadline(String code) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.name().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static boolean isYesNo(String text) {
        return text.equals("yes") || text.equals("no");
    }

    private static String yesNo(boolean yes) {
        return yes ? "yes" : "no";
    }

    private static String onCase(String verb, String caseId, Object last) {
        return CASE + ":" + verb + ":" + caseId + ":" + last;
    }
}
