package uk.lscb.casereview.core.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * What one review has learned, kept apart from its case and linked to it by the case's id: its lead reviewers who
 * may enter the learning (by platform id), the findings, the recommendations made from them and the agencies'
 * actions. Once {@link #shared} (the learning recorded), its findings are in the learning log both boards search.
 *
 * @param version    optimistic-concurrency version, 1 when first written
 * @param reviewType the Chair's decision that started the review (a Serious Case Review, a learning review …)
 * @param indexed    whether the search's postings reflect this version (a crash between the two writes leaves it
 *                   false, and the sweep completes it)
 * @param source     where the learning came from: the review itself, or the audit the decision asked for
 */
public record ReviewLearning(CaseId caseId, long version, BoardId board, CaseReference reference, Outcome reviewType,
                             List<UserRef> leadReviewers, List<Finding> findings,
                             List<ReviewRecommendation> recommendations, List<LearningAction> actions,
                             Optional<DoneMark> shared, boolean indexed, Source source) {
    /**
     * Where a review's learning came from. The framework: "further single agency or multi-agency audit and quality
     * assurance activity" may follow any review; multi-agency audit is led by the Joint LSCB Performance Subgroup at
     * the SCR Committee / Subgroup's request, single-agency audit is the agency's own.
     */
    public enum Source {
        REVIEW("review"),
        SINGLE_AGENCY_AUDIT("single-agency audit"),
        MULTI_AGENCY_AUDIT("multi-agency audit");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isAudit() {
            return this != REVIEW;
        }

        /** A source as typed: "multi-agency audit", "multi agency", "single-agency audit", "review" … */
        public static Optional<Source> typed(String typed) {
            String value = typed == null ? "" : typed.trim().toLowerCase(java.util.Locale.UK).replace('-', ' ')
                    .replaceAll("\\s+", " ").replaceFirst(" audit$", "");
            return switch (value) {
                case "review", "the review" -> Optional.of(REVIEW);
                case "single agency", "single" -> Optional.of(SINGLE_AGENCY_AUDIT);
                case "multi agency", "multi" -> Optional.of(MULTI_AGENCY_AUDIT);
                default -> Optional.empty();
            };
        }
    }

    public ReviewLearning {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reviewType, "reviewType");
        leadReviewers = List.copyOf(leadReviewers);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        actions = List.copyOf(actions);
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(source, "source");
    }

    /** A review's learning from the review itself (as all learning stored before audits could be named reads). */
    public ReviewLearning(CaseId caseId, long version, BoardId board, CaseReference reference, Outcome reviewType,
                          List<UserRef> leadReviewers, List<Finding> findings,
                          List<ReviewRecommendation> recommendations, List<LearningAction> actions,
                          Optional<DoneMark> shared, boolean indexed) {
        this(caseId, version, board, reference, reviewType, leadReviewers, findings, recommendations, actions, shared,
                indexed, Source.REVIEW);
    }

    /** A review with nothing learned yet. */
    public static ReviewLearning empty(CaseId caseId, BoardId board, CaseReference reference, Outcome reviewType) {
        return new ReviewLearning(caseId, 0, board, reference, reviewType, List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), true, Source.REVIEW);
    }

    /** What the learning log shows it came from: the review type, or "multi-agency audit" / "single-agency audit". */
    public String from() {
        return source.isAudit() ? source.label() : reviewType.label();
    }

    public boolean isShared() {
        return shared.isPresent();
    }

    /** The London date the learning was recorded and shared, if it was. */
    public Optional<LocalDate> sharedOn() {
        return shared.map(mark -> London.dateOf(mark.at()));
    }

    public boolean isSingleAgency() {
        return reviewType == Outcome.SINGLE_AGENCY_LEARNING_REVIEW;
    }

    /** Whether this person is one of the review's lead reviewers (by platform and id, never by name). */
    public boolean isLeadReviewer(UserRef who) {
        return leadReviewers.stream().anyMatch(person -> person.platform().equals(who.platform())
                && person.id().equals(who.id()));
    }

    public Optional<Finding> finding(int number) {
        return findings.stream().filter(finding -> finding.number() == number).findFirst();
    }

    public Optional<ReviewRecommendation> recommendation(int number) {
        return recommendations.stream().filter(recommendation -> recommendation.number() == number).findFirst();
    }

    public Optional<LearningAction> action(int number) {
        return actions.stream().filter(action -> action.number() == number).findFirst();
    }

    ReviewLearning withLeadReviewer(UserRef person) {
        List<UserRef> next = new ArrayList<>(leadReviewers);
        next.add(person);
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, next, findings, recommendations,
                actions, shared, indexed, source);
    }

    ReviewLearning with(Finding finding) {
        List<Finding> next = new ArrayList<>(findings);
        next.add(finding);
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, leadReviewers, next,
                recommendations, actions, shared, !isShared(), source);
    }

    ReviewLearning with(ReviewRecommendation recommendation) {
        List<ReviewRecommendation> next = new ArrayList<>(recommendations);
        next.add(recommendation);
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, leadReviewers, findings, next,
                actions, shared, indexed, source);
    }

    ReviewLearning with(LearningAction action) {
        List<LearningAction> next = new ArrayList<>(actions.stream()
                .filter(other -> other.number() != action.number()).toList());
        next.add(action);
        next.sort(java.util.Comparator.comparingInt(LearningAction::number));
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, leadReviewers, findings,
                recommendations, next, shared, indexed, source);
    }

    ReviewLearning withSource(Source next) {
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, leadReviewers, findings,
                recommendations, actions, shared, indexed, next);
    }

    ReviewLearning sharedBy(DoneMark mark) {
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, leadReviewers, findings,
                recommendations, actions, Optional.of(mark), false, source);
    }

    /** This review one version on, its search postings written. */
    public ReviewLearning withIndexed() {
        return new ReviewLearning(caseId, version + 1, board, reference, reviewType, leadReviewers, findings,
                recommendations, actions, shared, true, source);
    }
}
