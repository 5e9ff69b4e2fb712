package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.learning.Finding;
import uk.lscb.casereview.core.learning.LearningAction;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.Posting;
import uk.lscb.casereview.core.learning.ReviewLearning;
import uk.lscb.casereview.core.learning.ReviewRecommendation;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;

/** What every {@link LearningLogs} implementation does. Extend it with a fresh, empty store. */
public abstract class LearningLogsContract {
    public static final BoardId STOKE = new BoardId("stoke-on-trent");
    private static final UserRef MANAGER = new UserRef(Platform.TEAMS, "aad-manager", "A business manager");
    private static final UserRef REVIEWER = new UserRef(Platform.SLACK, "U0REVIEWER", "A lead reviewer");
    private static final UserRef OWNER = new UserRef(Platform.LOCAL, "owner-1", "An action owner");

    protected abstract LearningLogs store();

    /** A review with a finding, a recommendation to two agencies and two actions, one done with evidence. */
    public static ReviewLearning review(BoardId board, String reference, long version, Optional<DoneMark> shared) {
        Instant at = PortFixtures.AT.plusNanos(123_456);
        return new ReviewLearning(CaseId.of(board, new CaseReference(reference)), version, board,
                new CaseReference(reference), Outcome.SINGLE_AGENCY_LEARNING_REVIEW, List.of(REVIEWER),
                List.of(new Finding(1, "Referrals were not shared", "The school's concern did not reach the team.",
                                List.of("information sharing", "neglect"), Finding.Kind.LEARNING, REVIEWER, at),
                        new Finding(2, "Supervision noticed drift", "Regular supervision picked the case up.",
                                List.of("supervision"), Finding.Kind.GOOD_PRACTICE, MANAGER, at)),
                List.of(new ReviewRecommendation(1, "Share every referral within a day.", List.of(1, 2),
                        List.of("Staffordshire Police", "the school"), MANAGER, at),
                        new ReviewRecommendation(2, "The board audits referrals.", List.of(1), List.of(), MANAGER,
                                at)),
                List.of(new LearningAction(1, 1, "Staffordshire Police", Optional.of(OWNER),
                                LocalDate.parse("2027-01-29"), LearningAction.Progress.DONE,
                                Optional.of(new LearningAction.Evidence("New referral procedure issued.",
                                        "https://example.org/procedure", Optional.of("Audited in March."),
                                        new DoneMark(OWNER, at.plusSeconds(60)))), MANAGER, at),
                        new LearningAction(2, 1, "the school", Optional.empty(), LocalDate.parse("2027-02-26"),
                                LearningAction.Progress.IN_PROGRESS, Optional.empty(), MANAGER, at,
                                Optional.of(LocalDate.parse("2027-02-19")))),
                shared, shared.isEmpty());
    }

    private static Posting posting(String term, String reference, int finding, BoardId board, String on,
                                   boolean inTitle) {
        return new Posting(term, CaseId.of(board, new CaseReference(reference)), finding, board,
                LocalDate.parse(on), inTitle);
    }

    @Test
    public void aStoredReviewReadsBackEqualSharedOrNot() {
        LearningLogs logs = store();
        ReviewLearning draft = review(PortFixtures.STAFFORDSHIRE, "SCR-2026-001", 1, Optional.empty());
        ReviewLearning shared = review(STOKE, "SCR-2026-001", 1,
                Optional.of(new DoneMark(MANAGER, PortFixtures.AT.plusSeconds(3_600))));

        assertThat(logs.create(draft)).isTrue();
        assertThat(logs.create(shared)).isTrue();

        assertThat(logs.find(draft.caseId())).contains(draft);
        assertThat(logs.find(shared.caseId())).contains(shared);
        assertThat(logs.find(CaseId.of(STOKE, new CaseReference("SCR-2026-999")))).isEmpty();
    }

    @Test
    public void learningFromAnAuditReadsBackFromThatAuditAfterAnUpdate() {
        LearningLogs logs = store();
        ReviewLearning stored = review(STOKE, "SCR-2026-002", 1, Optional.empty());
        ReviewLearning multi = new ReviewLearning(stored.caseId(), 2, stored.board(), stored.reference(),
                stored.reviewType(), stored.leadReviewers(), stored.findings(), stored.recommendations(),
                stored.actions(), stored.shared(), stored.indexed(), ReviewLearning.Source.MULTI_AGENCY_AUDIT);
        ReviewLearning single = review(PortFixtures.STAFFORDSHIRE, "SCR-2026-003", 1, Optional.empty());
        single = new ReviewLearning(single.caseId(), 1, single.board(), single.reference(), single.reviewType(),
                single.leadReviewers(), single.findings(), single.recommendations(), single.actions(),
                single.shared(), single.indexed(), ReviewLearning.Source.SINGLE_AGENCY_AUDIT);

        assertThat(logs.create(stored)).isTrue();
        assertThat(logs.update(multi, 1)).isTrue();
        assertThat(logs.create(single)).isTrue();

        assertThat(logs.find(stored.caseId())).contains(multi);
        assertThat(logs.find(stored.caseId()).orElseThrow().from()).isEqualTo("multi-agency audit");
        assertThat(logs.find(single.caseId())).contains(single);
        assertThat(logs.ofBoard(PortFixtures.STAFFORDSHIRE)).extracting(ReviewLearning::source)
                .containsExactly(ReviewLearning.Source.SINGLE_AGENCY_AUDIT);
    }

    @Test
    public void aCaseHasOneReviewAndAnUpdateNeedsTheCurrentVersion() {
        LearningLogs logs = store();
        ReviewLearning first = review(PortFixtures.STAFFORDSHIRE, "SCR-2026-002", 1, Optional.empty());
        assertThat(logs.create(first)).isTrue();
        assertThat(logs.create(review(PortFixtures.STAFFORDSHIRE, "SCR-2026-002", 1, Optional.empty()))).isFalse();

        ReviewLearning shared = review(PortFixtures.STAFFORDSHIRE, "SCR-2026-002", 2,
                Optional.of(new DoneMark(MANAGER, PortFixtures.AT)));
        assertThat(logs.update(shared, 7)).isFalse();
        assertThat(logs.update(shared, 1)).isTrue();
        assertThat(logs.update(shared, 1)).isFalse();
        assertThat(logs.find(first.caseId())).contains(shared);
    }

    @Test
    public void severalReviewsAreReadInOneCallAndThoseNotStoredLeftOut() {
        LearningLogs logs = store();
        ReviewLearning first = review(PortFixtures.STAFFORDSHIRE, "SCR-2026-003", 1, Optional.empty());
        ReviewLearning second = review(STOKE, "SCR-2026-003", 1, Optional.of(new DoneMark(MANAGER, PortFixtures.AT)));
        logs.create(first);
        logs.create(second);

        assertThat(logs.findAll(List.of(second.caseId(), CaseId.of(STOKE, new CaseReference("SCR-2026-998")),
                first.caseId()))).containsExactlyInAnyOrder(first, second);
        assertThat(logs.findAll(List.of())).isEmpty();
    }

    @Test
    public void aBoardsReviewsAndTheUnindexedOnesAreListed() {
        LearningLogs logs = store();
        logs.create(review(PortFixtures.STAFFORDSHIRE, "SCR-B", 1, Optional.of(new DoneMark(MANAGER,
                PortFixtures.AT))));
        logs.create(review(PortFixtures.STAFFORDSHIRE, "SCR-A", 1, Optional.empty()));
        logs.create(review(STOKE, "SCR-C", 1, Optional.empty()));

        assertThat(logs.ofBoard(PortFixtures.STAFFORDSHIRE)).extracting(review -> review.reference().value())
                .containsExactly("SCR-A", "SCR-B");
        assertThat(logs.unindexed()).extracting(review -> review.reference().value()).containsExactly("SCR-B");
        assertThat(logs.ofBoard(new BoardId("elsewhere"))).isEmpty();
    }

    @Test
    public void postingsAreFoundByTermBoardAndDatesAndWritingOneAgainChangesNothing() {
        LearningLogs logs = store();
        List<Posting> postings = List.of(
                posting("neglect", "SCR-1", 1, PortFixtures.STAFFORDSHIRE, "2026-03-01", true),
                posting("neglect", "SCR-1", 2, PortFixtures.STAFFORDSHIRE, "2026-03-01", false),
                posting("neglect", "SCR-2", 1, STOKE, "2027-01-10", false),
                posting("theme:information sharing", "SCR-2", 1, STOKE, "2027-01-10", false));
        logs.index(postings);
        logs.index(postings);
        logs.index(List.of(posting("neglect", "SCR-1", 1, PortFixtures.STAFFORDSHIRE, "2026-03-01", false)));

        assertThat(logs.postings("neglect", Optional.empty(), Optional.empty(), Optional.empty()))
                .containsExactlyInAnyOrderElementsOf(postings.subList(0, 3));
        assertThat(logs.postings("neglect", Optional.of(STOKE), Optional.empty(), Optional.empty()))
                .containsExactly(postings.get(2));
        assertThat(logs.postings("neglect", Optional.empty(), Optional.of(LocalDate.parse("2026-03-01")),
                Optional.of(LocalDate.parse("2026-12-31")))).containsExactlyInAnyOrderElementsOf(postings.subList(0, 2));
        assertThat(logs.postings("neglect", Optional.empty(), Optional.of(LocalDate.parse("2026-03-02")),
                Optional.empty())).containsExactly(postings.get(2));
        assertThat(logs.postings("theme:information sharing", Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.parse("2027-01-10")))).containsExactly(postings.get(3));
        assertThat(logs.postings("supervision", Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
    }
}
