package uk.lscb.casereview.core.conversation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * A conversation's whole state: a plain value that adapters persist as it is. The recommendation
 * is not kept: it is derived from the answers whenever it is needed.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written by this code
 * @param rulePack      the id of the rule pack being followed
 * @param phase         where the conversation is
 * @param answers       the answers so far (only those to questions the flow asks)
 * @param current       the question being asked (ASKING and CONFIRMING), or whose answer contradicted another
 *                      (RESOLVING: both answers are in {@code answers}), else empty
 * @param pendingDate   the date awaiting confirmation (CONFIRMING), else empty
 */
public record ConversationState(int schemaVersion, String rulePack, Phase phase, Answers answers,
                                Optional<QuestionId> current, Optional<LocalDate> pendingDate) {
    public static final int SCHEMA_VERSION = 1;

    public ConversationState {
        Objects.requireNonNull(rulePack, "rulePack");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(pendingDate, "pendingDate");
        if ((phase == Phase.ASKING || phase == Phase.CONFIRMING || phase == Phase.RESOLVING) != current.isPresent()) {
            throw new IllegalArgumentException("a current question goes with ASKING, CONFIRMING and RESOLVING only");
        }
        if ((phase == Phase.CONFIRMING) != pendingDate.isPresent()) {
            throw new IllegalArgumentException("a pending date goes with CONFIRMING only");
        }
    }

    /** A conversation not yet started, with any answers the channel implies (its board). */
    public static ConversationState fresh(String rulePack, Answers implied) {
        return new ConversationState(SCHEMA_VERSION, rulePack, Phase.NEW, implied.impliedOnly(),
                Optional.empty(), Optional.empty());
    }

    ConversationState asking(Answers newAnswers, QuestionId question) {
        return new ConversationState(schemaVersion, rulePack, Phase.ASKING, newAnswers, Optional.of(question),
                Optional.empty());
    }

    ConversationState resolving(Answers contradicting, QuestionId answered) {
        return new ConversationState(schemaVersion, rulePack, Phase.RESOLVING, contradicting, Optional.of(answered),
                Optional.empty());
    }

    ConversationState confirming(LocalDate date) {
        return new ConversationState(schemaVersion, rulePack, Phase.CONFIRMING, answers, current, Optional.of(date));
    }

    ConversationState in(Phase newPhase, Answers newAnswers) {
        return new ConversationState(schemaVersion, rulePack, newPhase, newAnswers, Optional.empty(),
                Optional.empty());
    }
}
