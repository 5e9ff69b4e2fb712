package uk.lscb.casereview.core.rules;

import java.util.Objects;

/**
 * One scoping question of a rule pack.
 *
 * @param id          stable id
 * @param text        the question in plain words
 * @param hint        a line under the question (may be empty)
 * @param label       a short label for summaries and cards ("Abuse or neglect known or suspected")
 * @param type        what kind of answer it takes
 * @param askedWhen   the exact condition, on earlier answers, for asking it
 * @param why         why it is asked, with the framework's words
 * @param decisive    true for the questions the outcome is computed from (the assessment API needs
 *                    only these); false for the case details (board, reference, notified date)
 */
public record Question(QuestionId id, String text, String hint, String label, AnswerType type,
                       Condition askedWhen, Why why, boolean decisive) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(askedWhen, "askedWhen");
        Objects.requireNonNull(why, "why");
    }
}
