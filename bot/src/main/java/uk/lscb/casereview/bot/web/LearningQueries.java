package uk.lscb.casereview.bot.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * A search of the learning log as typed in a web address ({@code q, theme, board, from, to, page, size}), read in
 * one place for {@code GET /api/learning} and the dashboard's learning page: a bad value is an {@link ApiException}
 * naming its {@code field}. The theme is checked by {@link LearningSearch} itself.
 */
public final class LearningQueries {
    /** How many findings a page shows unless asked otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    private LearningQueries() {
    }

    /** @param today the day a date typed without its year ({@code 1 April}) is read against, as in chat */
    public static LearningSearch.Query query(Boards boards, String q, String theme, String board, String from,
                                             String to, String page, String size, LocalDate today) {
        return new LearningSearch.Query(q, Optional.ofNullable(theme), board(boards, board),
                day(from, "from", true, today), day(to, "to", false, today), number(page, "page", 1, Integer.MAX_VALUE, 1), number(size, "size", 1,
                LearningSearch.MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE));
    }

    /**
     * One board's id, or none for both; an unknown one is refused with the list, and so is text that cannot be a
     * board's id at all ({@code Staffordshire}, {@code X}): it is compared with the boards' ids, never made into one.
     */
    public static Optional<BoardId> board(Boards boards, String board) {
        if (board == null || board.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(boards.all().stream().map(Board::id).filter(id -> id.value().equals(board)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "There is no board '"
                        + board + "'. The boards: " + String.join(", ", boards.all().stream().map(one -> one.id()
                        .value()).toList()) + ".", Map.of("field", "board"))));
    }

    /**
     * A year (from its first day, or to its last), or a date as every date field reads one ({@link UkDates}: day
     * first, {@code 01/04/2026}, {@code 1 April 2026}, {@code 2026-04-01}).
     */
    static Optional<LocalDate> day(String typed, String field, boolean start, LocalDate today) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        if (trimmed.matches("\\d{4}")) {
            int year = Integer.parseInt(trimmed);
            return Optional.of(start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
        }
        return Optional.of(UkDates.parse(trimmed, today).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "invalid_request", "'" + field + "' is a date (2026-04-01, 01/04/2026 or 1 April 2026) or a year.",
                Map.of("field", field))));
    }

    /**
     * A whole number from {@code least} to {@code most}, in ASCII digits (as {@link PathNumbers} reads a number in a
     * path: {@code ١} is not 1 here either); {@code otherwise} when not given.
     */
    public static int number(String typed, String field, int least, int most, int otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        Optional<Integer> value = PathNumbers.read(typed.trim(), 9);
        if (value.isPresent() && value.get() >= least && value.get() <= most) {
            return value.get();
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "'" + field + "' is a whole number from "
                + least + (most == Integer.MAX_VALUE ? " up" : " to " + most) + ".", Map.of("field", field));
    }
}
