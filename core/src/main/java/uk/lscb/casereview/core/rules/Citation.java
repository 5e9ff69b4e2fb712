package uk.lscb.casereview.core.rules;

import java.util.Objects;

/**
 * A passage and where it comes from. A {@link Source#LOCAL_FRAMEWORK} passage is quoted verbatim
 * (a test checks it against the framework text); a {@link Source#WORKING_TOGETHER_2015_CHAPTER_4}
 * passage says in plain words what that chapter requires, and says that it is from there.
 */
public record Citation(String passage, Source source, String section) {
    public Citation {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
    }

    public static Citation framework(String section, String passage) {
        return new Citation(passage, Source.LOCAL_FRAMEWORK, section);
    }

    public static Citation workingTogether2015(String passage) {
        return new Citation(passage, Source.WORKING_TOGETHER_2015_CHAPTER_4, "Chapter 4");
    }

    /**
     * A passage of today's law and guidance (rule pack {@code wt2023}): {@code section} says where in
     * {@code source} it is, e.g. "regulation 11" or "section 16C(1)".
     */
    public static Citation statutory(Source source, String section, String passage) {
        if (source == Source.LOCAL_FRAMEWORK || source == Source.WORKING_TOGETHER_2015_CHAPTER_4) {
            throw new IllegalArgumentException("not a statutory source of today's law: " + source);
        }
        return new Citation(passage, source, section);
    }

    /** Whether the passage is its source's own words (the framework's), shown in quotation marks; not a paraphrase. */
    public boolean isVerbatim() {
        return source == Source.LOCAL_FRAMEWORK;
    }

    /** Where it comes from, to show beneath it: the framework's section and title, or another source's title. */
    public String credit() {
        return isVerbatim() ? section + ", " + source.title() : source.title();
    }

    /** Where the passage comes from, in words: "Formal Serious Case Review (SCRs), ..." */
    public String where() {
        return switch (source) {
            case LOCAL_FRAMEWORK -> "\"" + section + "\", " + source.title();
            case WORKING_TOGETHER_2015_CHAPTER_4 -> source.title() + " (not part of the local framework's text)";
            default -> source.title() + ", " + section;
        };
    }
}
