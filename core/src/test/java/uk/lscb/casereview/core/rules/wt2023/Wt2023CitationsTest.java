package uk.lscb.casereview.core.rules.wt2023;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.Citation;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Source;

/**
 * Every passage the pack can show: statute, regulation and Panel passages word for word from the text read
 * ({@code sources.txt} beside this test, with where each was read); Working Together 2023 passages either as
 * others quote it, or in plain words, and always saying that the guidance's own paragraph was not verified.
 */
class Wt2023CitationsTest {
    private static final Set<Source> TODAYS_LAW = Set.of(Source.CHILDREN_ACT_2004, Source.REGULATIONS_2018,
            Source.WORKING_TOGETHER_2023_CHAPTER_5, Source.PANEL_GUIDANCE);

    private static Set<Citation> reachable;
    private static String sources;

    @BeforeAll
    static void collectEveryReachableCitation() throws IOException {
        reachable = new LinkedHashSet<>();
        Wt2023.pack().questions().forEach(question -> reachable.addAll(question.why().citations()));
        for (Map<String, Answer> path : Wt2023Paths.all()) {
            Wt2023.pack().recommend(Wt2023Paths.answers(path)).reasons().stream().map(Reason::citation)
                    .forEach(reachable::add);
        }
        for (Wt2023Deadline deadline : Wt2023Deadline.values()) {
            reachable.add(deadline.citation());
        }
        try (InputStream in = Wt2023CitationsTest.class.getResourceAsStream("sources.txt")) {
            sources = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).collect(Collectors.joining(" "));
        }
    }

    @Test
    void everyPassageIsFromTodaysLawAndGuidanceNeverFromThe2015Framework() {
        assertThat(reachable).isNotEmpty()
                .allSatisfy(citation -> assertThat(TODAYS_LAW).contains(citation.source()));
    }

    @Test
    void statuteRegulationAndPanelPassagesAreWordForWordFromTheTextRead() {
        assertThat(reachable).filteredOn(c -> c.source() != Source.WORKING_TOGETHER_2023_CHAPTER_5).isNotEmpty()
                .allSatisfy(citation -> assertThat(normalised(sources)).as(citation.section())
                        .contains(normalised(citation.passage())));
    }

    @Test
    void workingTogetherPassagesSayTheirParagraphWasNotVerified() {
        assertThat(reachable).filteredOn(c -> c.source() == Source.WORKING_TOGETHER_2023_CHAPTER_5).isNotEmpty()
                .allSatisfy(citation -> assertThat(citation.section()).contains(Wt2023Citations.UNVERIFIED));
    }

    @Test
    void quotedWorkingTogetherPassagesAreWordForWordAsQuotedAndTheRestSayTheyArePlainWords() {
        assertThat(reachable).filteredOn(c -> c.source() == Source.WORKING_TOGETHER_2023_CHAPTER_5)
                .allSatisfy(citation -> {
                    if (citation.section().contains("plain words")) {
                        return;
                    }
                    assertThat(normalised(sources)).as(citation.section()).contains(normalised(citation.passage()));
                });
    }

    @Test
    void everyRegulationPassageNamesItsRegulationAndEveryQuestionCitesSomething() {
        assertThat(reachable).filteredOn(c -> c.source() == Source.REGULATIONS_2018)
                .allSatisfy(citation -> assertThat(citation.section()).startsWith("regulation 11"));
        assertThat(Wt2023.pack().questions()).allSatisfy(question ->
                assertThat(question.why().citations()).as(question.id().value()).isNotEmpty());
        assertThat(Wt2023.pack().questions()).filteredOn(Question::decisive).allSatisfy(question ->
                assertThat(question.why().citations()).extracting(Citation::where).as(question.id().value())
                        .allSatisfy(where -> assertThat(where).doesNotContain("Learning and Improvement Framework")));
    }

    /**
     * The pack's deadline set from a step, a local review's publication 6 months after its initiation, quotes its
     * secondary source word for word and says it is one, not verified against the guidance.
     */
    @Test
    void theLocalReviewsPublicationDeadlineQuotesItsSecondarySourceAndSaysSo() {
        DeadlineKind publication = DeadlineKind.LOCAL_REVIEW_PUBLICATION;

        assertThat(publication.declaringPack()).contains(Wt2023.ID);
        assertThat(normalised(sources)).contains(normalised(publication.citation()));
        assertThat(publication.section()).contains("a secondary source, not verified against Working Together");
        assertThat(publication.dueDate(LocalDate.parse("2026-08-31"))).as("6 calendar months, clamped to the month's "
                + "end").isEqualTo(LocalDate.parse("2027-02-28"));
    }

    private static String normalised(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
    }
}
