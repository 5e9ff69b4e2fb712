package uk.lscb.casereview.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
    void aPageReadsItsReviewsInOneCallNotOneByOne() {
        fourFindings();
        ReadsCounted counted = new ReadsCounted(logs);

        LearningSearch.Page page = new LearningSearch(counted, LearningThemes.DEFAULT).search(Query.typed("", 10));

        assertThat(found(page)).hasSize(4);
        assertThat(counted.reads).containsExactly("findAll");
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
    void pagesOfManyFindingsFollowOneRankingPageAfterPage() {
        for (int review = 0; review < 12; review++) {
            shared(review % 2 == 0 ? PortFixtures.STAFFORDSHIRE : LearningLogsContract.STOKE, "SCR-" + review,
                    "2026-0" + (1 + review % 3) + "-01",
                    finding(1, "Neglect unseen", "Drift.", "supervision"),
                    finding(2, "Drift", "Neglect unseen.", "neglect"),
                    finding(3, "Drift", "Neglect unseen.", "supervision"),
                    finding(4, "Neglect", "Drift.", "neglect"),
                    finding(5, "Drift", "Unseen.", "supervision"));
        }
        List<String> whole = found(search.search(Query.typed("neglect", 100)));

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            paged.addAll(found(search.search(new Query("neglect", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), page, 5))));
        }

        assertThat(whole).hasSize(48).startsWith("SCR-2#4", "SCR-8#4", "SCR-11#4", "SCR-5#4", "SCR-10#4");
        assertThat(paged).isEqualTo(whole);
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

    /** The learning logs, with the reads of reviews (not of postings) named in {@link #reads}. */
    private static final class ReadsCounted implements LearningLogs {
        private final LearningLogs logs;
        private final List<String> reads = new ArrayList<>();

        ReadsCounted(LearningLogs logs) {
            this.logs = logs;
        }

        @Override
        public Optional<ReviewLearning> find(CaseId caseId) {
            reads.add("find");
            return logs.find(caseId);
        }

        @Override
        public List<ReviewLearning> findAll(Collection<CaseId> caseIds) {
            reads.add("findAll");
            return logs.findAll(caseIds);
        }

        @Override
        public boolean create(ReviewLearning learning) {
            return logs.create(learning);
        }

        @Override
        public boolean update(ReviewLearning next, long expectedVersion) {
            return logs.update(next, expectedVersion);
        }

        @Override
        public List<ReviewLearning> ofBoard(BoardId board) {
            reads.add("ofBoard");
            return logs.ofBoard(board);
        }

        @Override
        public List<ReviewLearning> unindexed() {
            return logs.unindexed();
        }

        @Override
        public void index(Collection<Posting> postings) {
            logs.index(postings);
        }

        @Override
        public List<Posting> postings(String term, Optional<BoardId> board, Optional<LocalDate> from,
                                      Optional<LocalDate> to) {
            return logs.postings(term, board, from, to);
        }
    }
}
