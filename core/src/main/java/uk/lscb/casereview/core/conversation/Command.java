package uk.lscb.casereview.core.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.rules.TypedText;

/** The commands that work at any point of the conversation, typed or pressed. */
public enum Command {
    START("start", "Start a referral"),
    BACK("back", "Back"),
    RESTART("restart", "Start again"),
    WHY("why", "Why is this asked?"),
    HELP("help", "Help"),
    SUMMARY("summary", "Answers so far"),
    CANCEL("cancel", "Cancel"),
    SUBMIT("submit", "Send to the Chair");

    private static final Pattern CHANGE = Pattern.compile("(?:change|edit)\\s+(?:answer\\s+)?(\\d{1,3})");

    private final String word;
    private final String label;

    Command(String word, String label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    public Choice choice() {
        return new Choice(label, Payload.command(this));
    }

    static Optional<Command> fromWord(String word) {
        for (Command command : values()) {
            if (command.word.equals(word)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** The command a person typed, if the text is one (with a few everyday variants). */
    static Optional<Command> typed(String text) {
        if (TypedText.clean(text).equals("?")) {
            return Optional.of(HELP);
        }
        String input = TypedText.normalise(text);
        return Optional.ofNullable(switch (input) {
            case "start", "new", "new referral", "begin", "hi", "hello" -> START;
            case "back", "go back", "previous" -> BACK;
            case "restart", "start again", "start over" -> RESTART;
            case "why", "why is this asked", "why do you ask" -> WHY;
            case "help", "commands" -> HELP;
            case "summary", "answers", "my answers", "change", "edit", "change an answer" -> SUMMARY;
            case "cancel", "stop", "quit", "exit" -> CANCEL;
            case "submit", "send", "send to the chair", "send to chair" -> SUBMIT;
            default -> null;
        });
    }

    /** The number in "change 3" / "edit 3": which line of the summary to change. */
    static Optional<Integer> changeLine(String text) {
        Matcher matcher = CHANGE.matcher(TypedText.normalise(text));
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
