package uk.lscb.casereview.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The content of the notification to the national panel of independent experts on serious case reviews, drafted
 * when the Chair decides on a case considered for one, for the business manager to copy into the panel's form: the
 * case reference, the board, the date the LSCB was notified, the decision and its date, and the justification when
 * no Serious Case Review is held or the lead reviewers' names when one is. No child's name: there is none to give.
 */
public final class NationalPanelDraft {
    private NationalPanelDraft() {
    }

    /** The draft's lines as label and value; empty when the case is undecided or the panel is not notified of it. */
    public static List<Fact> facts(CaseRecord record, String boardName) {
        if (record.decision().isEmpty() || record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).isEmpty()) {
            return List.of();
        }
        ChairDecision decision = record.decision().get();
        boolean scr = decision.outcome() == Outcome.SERIOUS_CASE_REVIEW;
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Case reference", record.reference().value()));
        facts.add(Fact.of("Local Safeguarding Children Board", boardName));
        facts.add(Fact.of("Date the LSCB was notified of the incident", UkDates.format(record.notifiedOn())));
        facts.add(Fact.of("The LSCB Chair's decision", scr ? "To initiate a serious case review"
                : "Not to initiate a serious case review (" + decision.outcome().label() + ")"));
        facts.add(Fact.of("Date of the decision", UkDates.format(London.dateOf(decision.at()))));
        if (scr) {
            facts.add(Fact.of("Independent lead reviewer(s) appointed by the LSCB Chair",
                    String.join(", ", decision.leadReviewers())));
        } else {
            decision.justification().ifPresent(justification -> facts.add(Fact.of(
                    "Why the threshold is not met (the Chair's justification)", justification)));
        }
        return facts;
    }

    /** The draft as one block of text to copy; empty as for {@link #facts}. */
    public static Optional<String> text(CaseRecord record, String boardName) {
        List<Fact> facts = facts(record, boardName);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Notification to the national panel of independent experts on serious "
                + "case reviews");
        facts.forEach(fact -> text.append('\n').append(fact.label()).append(": ").append(fact.value()));
        return Optional.of(text.toString());
    }
}
