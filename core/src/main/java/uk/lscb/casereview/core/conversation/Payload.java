package uk.lscb.casereview.core.conversation;

import java.util.Optional;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * The payloads the conversation puts on its buttons, and how they are read back. Adapters carry
 * them opaquely: {@code answer:<question>:<value>}, {@code edit:<question>}, {@code cmd:<command>},
 * {@code keep:<question>} (of two contradicting answers, the one that stands), {@code discard:<restart|cancel>:<yes|no>}
 * (whether answers may be lost).
 */
sealed interface Payload {

    record AnswerTo(QuestionId question, String value) implements Payload {
    }

    record Edit(QuestionId question) implements Payload {
    }

    record Confirm(QuestionId question, boolean confirmed) implements Payload {
    }

    record Run(Command command) implements Payload {
    }

    record Keep(QuestionId question) implements Payload {
    }

    /** The answer to "This will discard N answers. Start again?" (or "Cancel the referral?"). */
    record Discard(Command command, boolean confirmed) implements Payload {
    }

    static String discard(Command command, boolean confirmed) {
        return "discard:" + command.word() + ":" + (confirmed ? "yes" : "no");
    }

    static String keep(QuestionId question) {
        return "keep:" + question.value();
    }

    static String answer(QuestionId question, String value) {
        return "answer:" + question.value() + ":" + value;
    }

    static String edit(QuestionId question) {
        return "edit:" + question.value();
    }

    static String confirm(QuestionId question, boolean confirmed) {
        return "confirm:" + question.value() + ":" + (confirmed ? "yes" : "no");
    }

    static String command(Command command) {
        return "cmd:" + command.word();
    }

    static Optional<Payload> read(String payload) {
        String[] parts = payload.split(":", 3);
        try {
            return Optional.ofNullable(switch (parts[0]) {
                case "answer" -> parts.length == 3 && QuestionId.isWellFormed(parts[1])
                        ? new AnswerTo(QuestionId.of(parts[1]), parts[2]) : null;
                case "edit" -> parts.length == 2 && QuestionId.isWellFormed(parts[1])
                        ? new Edit(QuestionId.of(parts[1])) : null;
                case "confirm" -> parts.length == 3 && QuestionId.isWellFormed(parts[1])
                        && (parts[2].equals("yes") || parts[2].equals("no"))
                        ? new Confirm(QuestionId.of(parts[1]), parts[2].equals("yes")) : null;
                case "keep" -> parts.length == 2 && QuestionId.isWellFormed(parts[1])
                        ? new Keep(QuestionId.of(parts[1])) : null;
                case "discard" -> parts.length == 3 && (parts[2].equals("yes") || parts[2].equals("no"))
                        ? Command.fromWord(parts[1]).filter(c -> c == Command.RESTART || c == Command.CANCEL)
                        .map(c -> new Discard(c, parts[2].equals("yes"))).orElse(null) : null;
                case "cmd" -> parts.length == 2 ? Command.fromWord(parts[1]).map(Run::new).orElse(null) : null;
                default -> null;
            });
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
