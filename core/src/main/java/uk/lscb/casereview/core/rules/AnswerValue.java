package uk.lscb.casereview.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * An accepted answer. Each kind has a canonical text form ({@link #canonical()}) from which
 * {@link #decode(AnswerType, String)} rebuilds it, so adapters can store answers as strings.
 */
public sealed interface AnswerValue {

    String canonical();

    record YesNo(Answer answer) implements AnswerValue {
        public YesNo {
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public String canonical() {
            return answer.code();
        }
    }

    record Date(LocalDate date) implements AnswerValue {
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String canonical() {
            return date.toString();
        }
    }

    record Reference(String reference) implements AnswerValue {
        public Reference {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public String canonical() {
            return reference;
        }
    }

    record Board(BoardId board) implements AnswerValue {
        public Board {
            Objects.requireNonNull(board, "board");
        }

        @Override
        public String canonical() {
            return board.value();
        }
    }

    /** Rebuilds a value from its canonical form; throws {@link IllegalArgumentException} on a bad one. */
    static AnswerValue decode(AnswerType type, String canonical) {
        Objects.requireNonNull(canonical, "canonical");
        return switch (type) {
            case YES_NO_UNSURE -> new YesNo(Answer.valueOf(canonical.toUpperCase(java.util.Locale.ROOT)));
            case PAST_DATE -> new Date(LocalDate.parse(canonical));
            case CASE_REFERENCE -> new Reference(canonical);
            case BOARD -> new Board(new BoardId(canonical));
        };
    }
}
