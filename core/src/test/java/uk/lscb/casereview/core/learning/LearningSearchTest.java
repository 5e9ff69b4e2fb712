package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.contracts.LearningLogsContract;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.learning.LearningSearch.Hit;
import uk.lscb.casereview.core.learning.LearningSearch.Query;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;

class LearningSearchTest {
    private static final UserRef MANAGER = new UserRef(Platform.LOCAL, "manager", "A business manager");
    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    private final InMemoryLearningLogs logs = new InMemoryLearningLogs();
    private final LearningSearch search = new LearningSearch(logs, LearningThemes.DEFAULT);

    private void shared(BoardId board, String reference, String on, Finding... findings) {
        ReviewLearning review = new ReviewLearning(CaseId.of(board, new CaseReference(reference)), 1, board,
                new CaseReference(reference), Outcome.SERIOUS_CASE_REVIEW, List.of(), List.of(findings), List.of(),
                List.of(), Optional.of(new DoneMark(MANAGER, Instant.parse(on + "T12:00:00Z"))), true);
        logs.create(review);
        logs.index(Terms.of(review));
    }

    private static Finding finding(int number, String title, String text, String... themes) {
        return new Finding(number, title, text, List.of(themes), Finding.Kind.LEARNING, MANAGER, AT);
    }

    private void fourFindings() {
        shared(PortFixtures.STAFFORDSHIRE, "SCR-1", "2026-03-01",
                finding(1, "Drift in the plan", "Neglect went unseen for months.", "supervision"),
                finding(2, "Neglect not recognised", "The signs were there.", "risk assessment"));
        shared(LearningLogsContract.STOKE, "SCR-2", "2027-01-10",
                finding(1, "School concerns", "Attendance fell.", "neglect"),
                finding(2, "Referral lost", "Nobody followed it up.", "information sharing"));
    }

    private static List<String> found(LearningSearch.Page page) {
        return page.hits().stream().map(hit -> hit.review().reference().value() + "#" + hit.finding().number())
                .toList();
    }

    @Test
    void exactThemeMatchesComeFirstThenWordsInTitlesThenWordsInTheText() {
        fourFindings();

        LearningSearch.Page page = search.search(Query.typed("neglect", 10));

        assertThat(found(page)).containsExactly("SCR-2#1", "SCR-1#2", "SCR-1#1");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void aThemeInQuotesNarrowsToFindingsFiledUnderIt() {
        fourFindings();

        assertThat(found(search.search(Query.typed("theme:\"Information Sharing\"", 10)))).containsExactly("SCR-2#2");
        assertThat(found(search.search(Query.typed("theme:neglect attendance", 10)))).containsExactly("SCR-2#1");
        assertThat(found(search.search(Query.typed("theme:neglect drift", 10)))).isEmpty();
    }

    @Test
    void everyWordMustOccurAndSmallWordsAndCaseDoNotCount() {
        fourFindings();

        assertThat(found(search.search(Query.typed("the NEGLECT of signs", 10)))).containsExactly("SCR-1#2");
    }

    @Test
    void eachBoardFindsTheOthersLearningAndCanNarrowToOneBoardAndDates() {
        fourFindings();

        assertThat(found(search.search(new Query("neglect", Optional.empty(), Optional.of(PortFixtures.STAFFORDSHIRE),
                Optional.empty(), Optional.empty(), 1, 10)))).containsExactly("SCR-1#2", "SCR-1#1");
        assertThat(found(search.search(new Query("", Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.parse("2027-01-01")), Optional.empty(), 1, 10))))
                .containsExactly("SCR-2#1", "SCR-2#2");
    }

    @Test
    void withNothingAskedEveryFindingComesNewestFirstInPages() {
        fourFindings();

        LearningSearch.Page first = search.search(new Query("", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1, 3));
        LearningSearch.Page second = search.search(new Query("", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2, 3));

        assertThat(found(first)).containsExactly("SCR-2#1", "SCR-2#2", "SCR-1#1");
        assertThat(found(second)).containsExactly("SCR-1#2");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void anUnknownThemeIsSaidNotSearched() {
        fourFindings();

        LearningSearch.Page page = search.search(Query.typed("theme:housing", 10));

        assertThat(page.hits()).isEmpty();
        assertThat(page.unknownTheme()).contains("housing");
    }

    @Test
    void findingsOfAReviewWhoseLearningIsNotRecordedAreNotInTheLog() {
        ReviewLearning draft = new ReviewLearning(CaseId.of(PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-3")), 1,
                PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-3"), Outcome.SERIOUS_CASE_REVIEW, List.of(),
                List.of(finding(1, "Neglect", "Unseen.", "neglect")), List.of(), List.of(), Optional.empty(), true);
        logs.create(draft);
        logs.index(Terms.of(draft));

        assertThat(search.search(Query.typed("neglect", 10)).hits()).extracting(Hit::finding).isEmpty();
    }
}
