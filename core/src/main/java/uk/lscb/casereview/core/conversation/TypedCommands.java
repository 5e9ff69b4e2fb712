package uk.lscb.casereview.core.conversation;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.rules.TypedText;

/** The commands as people type them, with a few everyday variants, and "change 3". */
final class TypedCommands {
    private static final Pattern CHANGE = Pattern.compile("(?:change|edit)\\s+(?:answer\\s+)?(\\d{1,3})");

    private TypedCommands() {
    }

    /** The command a person typed, if the text is one (with a few everyday variants). */
    static Optional<Command> typed(String text) {
        if (TypedText.clean(text).equals("?")) {
            return Optional.of(Command.HELP);
        }
        String input = TypedText.normalise(text);
        // A button's label typed as it reads ("Answers so far", "Start a referral") is that button.
        Optional<Command> labelled = Arrays.stream(Command.values())
                .filter(command -> TypedText.normalise(command.label()).equals(input)).findFirst();
        if (labelled.isPresent()) {
            return labelled;
        }
        return Optional.ofNullable(switch (input) {
            case "start", "new", "new referral", "begin", "hi", "hello" -> Command.START;
            case "back", "go back", "previous" -> Command.BACK;
            case "restart", "start again", "start over" -> Command.RESTART;
            case "why", "why is this asked", "why do you ask" -> Command.WHY;
            case "help", "commands" -> Command.HELP;
            case "summary", "answers", "my answers", "change", "edit", "change an answer" -> Command.SUMMARY;
            case "cancel", "stop", "quit", "exit" -> Command.CANCEL;
            case "submit", "send", "send to the chair", "send to chair", "send to the safeguarding partners",
                 "send to the partners" -> Command.SUBMIT;
            default -> null;
        });
    }

    /** The number in "change 3" / "edit 3": which line of the summary to change. */
    static Optional<Integer> changeLine(String text) {
        Matcher matcher = CHANGE.matcher(TypedText.normalise(text));
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
