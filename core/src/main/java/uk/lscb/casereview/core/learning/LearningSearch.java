package uk.lscb.casereview.core.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;

/**
 * Searches the learning log, shared by both boards: the findings of every review whose learning is recorded. Every
 * word must occur in a finding (its title, text or themes); a theme narrows to findings filed under it. Ranked:
 * findings filed under exactly the theme searched for first, then by how many of the words are in the title, then
 * elsewhere, then the most recently recorded. Reads the postings of the words and themes searched for, then only
 * the reviews of the page it shows, in one call.
 */
public final class LearningSearch {
    private static final Pattern THEME = Pattern.compile("(?i)theme:\\s*(?:\"([^\"]*)\"|(\\S+))");
    private static final int EXACT_THEME = 1_000;
    private static final int IN_TITLE = 10;
    /** The most one page shows. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Most points first, then the most recently recorded, then by case and finding (one order, whatever is read). */
    private static final Comparator<Score> RANKED = Comparator.comparingInt(Score::points).reversed()
            .thenComparing((Score score) -> score.posting().sharedOn(), Comparator.reverseOrder())
            .thenComparing(score -> score.posting().caseId().value())
            .thenComparingInt(score -> score.posting().finding());

    private final LearningLogs logs;
    private final LearningThemes themes;

    public LearningSearch(LearningLogs logs, LearningThemes themes) {
        this.logs = Objects.requireNonNull(logs, "logs");
        this.themes = Objects.requireNonNull(themes, "themes");
    }

    /**
     * What is searched for: words (any), a theme (any), one board or both, recorded between two dates or at any
     * time, and which page of how many findings.
     */
    public record Query(String words, Optional<String> theme, Optional<BoardId> board, Optional<LocalDate> from,
                        Optional<LocalDate> to, int page, int size) {
        public Query {
            words = words == null ? "" : words;
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pages count from 1 and hold 1 to " + MAX_PAGE_SIZE + " findings");
            }
        }

        /** Words and a theme, on both boards, at any time, the first page of {@code size}. */
        public static Query of(String words, Optional<String> theme, int size) {
            return new Query(words, theme, Optional.empty(), Optional.empty(), Optional.empty(), 1, size);
        }

        /**
         * A search as typed in chat: {@code neglect}, {@code theme:"information sharing"}, {@code theme:neglect
         * supervision} (the theme in quotes when it has spaces; the other words searched for as words).
         */
        public static Query typed(String typed, int size) {
            String text = typed == null ? "" : typed;
            Matcher theme = THEME.matcher(text);
            Optional<String> chosen = Optional.empty();
            if (theme.find()) {
                chosen = Optional.of(theme.group(1) != null ? theme.group(1) : theme.group(2));
                text = text.substring(0, theme.start()) + " " + text.substring(theme.end());
            }
            return of(text.trim(), chosen, size);
        }
    }

    /** One finding found, with its review (board, review type, year) and how it ranked. */
    public record Hit(ReviewLearning review, Finding finding, int score) {
    }

    /** One page of what was found, and how many were found in all. */
    public record Page(List<Hit> hits, int total, int page, int size, Optional<String> unknownTheme) {
    }

    public Page search(Query query) {
        Optional<String> theme = Optional.empty();
        if (query.theme().isPresent() && !query.theme().get().isBlank()) {
            theme = themes.find(query.theme().get());
            if (theme.isEmpty()) {
                return new Page(List.of(), 0, query.page(), query.size(), Optional.of(query.theme().get()));
            }
        }
        List<String> words = Terms.words(query.words());
        Map<String, Score> found = null;
        for (String word : words) {
            Map<String, Score> withWord = new HashMap<>();
            for (Posting posting : postings(word, query)) {
                withWord.put(posting.findingKey(), new Score(posting, posting.inTitle() ? IN_TITLE : 1));
            }
            found = found == null ? withWord : intersect(found, withWord);
        }
        if (!words.isEmpty()) {
            Optional<String> asTheme = themes.find(query.words());
            if (asTheme.isPresent()) {
                for (Posting posting : postings(Terms.ofTheme(asTheme.get()), query)) {
                    Score score = found.get(posting.findingKey());
                    found.put(posting.findingKey(), new Score(posting, (score == null ? 0 : score.points())
                            + EXACT_THEME));
                }
            }
        }
        if (theme.isPresent()) {
            Map<String, Score> filed = new HashMap<>();
            for (Posting posting : postings(Terms.ofTheme(theme.get()), query)) {
                filed.put(posting.findingKey(), new Score(posting, words.isEmpty() ? EXACT_THEME : 0));
            }
            found = found == null ? filed : intersect(found, filed);
        }
        if (found == null) {
            found = new HashMap<>();
            for (Posting posting : postings(Terms.EVERY, query)) {
                found.put(posting.findingKey(), new Score(posting, 0));
            }
        }
        long shown = Math.min((long) query.page() * query.size(), found.size());
        List<Score> best = best(found.values(), (int) shown);
        List<Score> page = best.subList((int) Math.min((long) (query.page() - 1) * query.size(), shown), best.size());
        Map<CaseId, ReviewLearning> reviews = new HashMap<>();
        for (ReviewLearning review : logs.findAll(page.stream().map(score -> score.posting().caseId()).distinct()
                .toList())) {
            reviews.put(review.caseId(), review);
        }
        List<Hit> hits = new ArrayList<>();
        for (Score score : page) {
            ReviewLearning review = reviews.get(score.posting().caseId());
            if (review != null) {
                review.finding(score.posting().finding())
                        .ifPresent(finding -> hits.add(new Hit(review, finding, score.points())));
            }
        }
        return new Page(hits, found.size(), query.page(), query.size(), Optional.empty());
    }

    /**
     * The {@code wanted} best ranked, best first: sorted whole when they are most of what was found, otherwise kept
     * in a heap of {@code wanted} as they are read (the first page of thousands of findings need not sort them all).
     */
    private static List<Score> best(Collection<Score> found, int wanted) {
        if (wanted * 4L >= found.size()) {
            List<Score> all = new ArrayList<>(found);
            all.sort(RANKED);
            return all.subList(0, wanted);
        }
        PriorityQueue<Score> kept = new PriorityQueue<>(wanted + 1, RANKED.reversed());
        for (Score score : found) {
            if (kept.size() < wanted) {
                kept.add(score);
            } else if (RANKED.compare(score, kept.peek()) < 0) {
                kept.poll();
                kept.add(score);
            }
        }
        List<Score> best = new ArrayList<>(kept);
        best.sort(RANKED);
        return best;
    }

    private List<Posting> postings(String term, Query query) {
        return logs.postings(term, query.board(), query.from(), query.to());
    }

    private static Map<String, Score> intersect(Map<String, Score> found, Map<String, Score> more) {
        Map<String, Score> both = new HashMap<>();
        found.forEach((key, score) -> {
            Score other = more.get(key);
            if (other != null) {
                both.put(key, new Score(score.posting(), score.points() + other.points()));
            }
        });
        return both;
    }

    private record Score(Posting posting, int points) {
    }
}
