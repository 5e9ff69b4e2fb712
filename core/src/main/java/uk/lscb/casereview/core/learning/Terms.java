package uk.lscb.casereview.core.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The words the learning log is searched by, and the postings a shared review's findings give. */
public final class Terms {
    /** The term every shared finding has, for a search with no words and no theme. */
    public static final String EVERY = "*";
    private static final String THEME = "theme:";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "had", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this",
            "to", "was", "were", "with");

    private Terms() {
    }

    /** The distinct words of a text, in lower case, without the small words ("the", "of" …). */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_A_WORD.split(text == null ? "" : text.toLowerCase(Locale.UK))) {
            if (word.length() > 1 && !SMALL_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** A theme as compared: lower case, single spaces ("Information  Sharing" → "information sharing"). */
    public static String theme(String theme) {
        return theme.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /** The term of a theme: {@code theme:information sharing}. */
    public static String ofTheme(String theme) {
        return THEME + theme(theme);
    }

    /** The postings of a review whose learning is recorded: one per term of each finding (none before it is shared). */
    public static List<Posting> of(ReviewLearning review) {
        if (review.sharedOn().isEmpty()) {
            return List.of();
        }
        List<Posting> postings = new ArrayList<>();
        for (Finding finding : review.findings()) {
            Map<String, Boolean> terms = new LinkedHashMap<>();
            terms.put(EVERY, false);
            words(finding.title()).forEach(word -> terms.put(word, true));
            List<String> others = new ArrayList<>(words(finding.text()));
            finding.themes().forEach(theme -> others.addAll(words(theme)));
            others.forEach(word -> terms.putIfAbsent(word, false));
            finding.themes().forEach(theme -> terms.put(ofTheme(theme), false));
            terms.forEach((term, inTitle) -> postings.add(new Posting(term, review.caseId(), finding.number(),
                    review.board(), review.sharedOn().get(), inTitle)));
        }
        return postings;
    }
}
