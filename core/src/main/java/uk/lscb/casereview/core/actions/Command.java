package uk.lscb.casereview.core.actions;

import java.util.Optional;

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

    private final String word;
    private final String label;

    Command(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word a button's payload carries ({@code cmd:<word>}), and the word a person types. */
    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    public static Optional<Command> fromWord(String word) {
        for (Command command : values()) {
            if (command.word.equals(word)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
