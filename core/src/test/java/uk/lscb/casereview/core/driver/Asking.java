package uk.lscb.casereview.core.driver;

import java.util.List;
import java.util.Optional;

/**
 * What the assistant's last turn asks of a person, as structured data: the id of the question being asked (when
 * one is) and the payloads of every button shown. Never its wording.
 */
public record Asking(Optional<String> question, List<String> payloads) {
    public static final String SUBMIT = "cmd:submit";

    public Asking {
        payloads = List.copyOf(payloads);
    }

    public boolean offers(String payload) {
        return payloads.contains(payload);
    }

    /** The question named by an answer or confirmation button, when there is one. */
    public static Optional<String> questionOf(List<String> payloads) {
        return payloads.stream().filter(p -> p.startsWith("answer:") || p.startsWith("confirm:"))
                .map(p -> p.split(":")[1]).findFirst();
    }

    /** Whether a turn's buttons ask something: a question (it always offers why), a confirmation, or submit. */
    public static boolean asksSomething(List<String> payloads) {
        return payloads.stream().anyMatch(p -> p.equals("cmd:why") || p.equals(SUBMIT)
                || p.startsWith("confirm:") && p.endsWith(":yes"));
    }
}
