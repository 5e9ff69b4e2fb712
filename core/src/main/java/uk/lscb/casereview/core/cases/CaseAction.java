package uk.lscb.casereview.core.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.Outcome;

/** The named actions that move a case through its life, each carrying its data and who took it. */
public sealed interface CaseAction {

    UserRef who();

    /** The Chair decides: confirms the recommendation or chooses another outcome. */
    record Decide(UserRef who, Outcome outcome, Optional<String> reason, Optional<String> justification,
                  List<String> leadReviewers, boolean reviewersIndependent, boolean internalReviewConsent)
            implements CaseAction {
        public Decide {
            Objects.requireNonNull(outcome, "outcome");
            reason = trimmed(reason);
            justification = trimmed(justification);
            leadReviewers = leadReviewers.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
        }
    }

    /** The Chair asks the referrer for more information before deciding. */
    record RequestMoreInformation(UserRef who, String request) implements CaseAction {
    }

    /** The referrer (or an administrator) says the information asked for has been given. */
    record InformationProvided(UserRef who, String note) implements CaseAction {
    }

    /** The national panel of independent experts was notified of the decision on a date. */
    record NationalPanelNotified(UserRef who, LocalDate on) implements CaseAction {
    }

    /** A review starts (for a Serious Case Review, after the national panel is notified). */
    record ReviewStarted(UserRef who) implements CaseAction {
    }

    /** A Serious Case Review's final report is agreed. */
    record FinalReportAgreed(UserRef who, LocalDate on) implements CaseAction {
    }

    /** The date the final report is planned to be published. */
    record PublicationPlanned(UserRef who, LocalDate on) implements CaseAction {
    }

    /** The final report was published on a date, at an address. */
    record Published(UserRef who, LocalDate on, String address) implements CaseAction {
    }

    /** A learning review's findings and actions are recorded. */
    record LearningRecorded(UserRef who, String findings, String actions) implements CaseAction {
    }

    /** The case is closed. */
    record Close(UserRef who, String note) implements CaseAction {
    }

    /** The referral is withdrawn. */
    record Withdraw(UserRef who, String reason) implements CaseAction {
    }

    /** A deadline is marked done. */
    record MarkDone(UserRef who, DeadlineKind deadline) implements CaseAction {
    }

    /** The reason an overdue deadline is late (parallel criminal proceedings are the usual one). */
    record RecordDelay(UserRef who, DeadlineKind deadline, String reason) implements CaseAction {
    }

    private static Optional<String> trimmed(Optional<String> text) {
        return text.map(String::trim).filter(value -> !value.isEmpty());
    }
}
