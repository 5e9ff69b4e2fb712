package uk.lscb.casereview.core.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.deadlines.ReminderStage;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderJob;
import uk.lscb.casereview.core.reminders.RequestReminders;

/**
 * The reminders of agencies' requests: their due dates come from the requests not yet provided, and a due reminder
 * becomes a follow-up the case owes ({@link FollowUp.Kind#AGENCY_REMINDER}, keyed by its due date, sequence, stage and day,
 * so handing it over twice after a crash owes it once), delivered with the case's other follow-ups.
 */
public final class AgencyRequestReminders implements RequestReminders {
    private static final int MAX_ATTEMPTS = 10;

    private final AgencyRequests requests;
    private final Cases cases;
    private final Consumer<CaseRecord> owing;

    /** @param owing told of a case that now owes the reminder (the follow-up processor carries it out) */
    public AgencyRequestReminders(AgencyRequests requests, Cases cases, Consumer<CaseRecord> owing) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.owing = Objects.requireNonNull(owing, "owing");
    }

    @Override
    public Set<LocalDate> openDueDates(CaseId caseId) {
        Set<LocalDate> due = new TreeSet<>();
        requests.ofCase(caseId).stream().filter(request -> !request.isProvided()).forEach(r -> due.add(r.due()));
        return due;
    }

    @Override
    public void remind(ReminderJob job, CaseRecord record) {
        String text = text(job.due(), job.sequence(), job.stage(), London.dateOf(job.at()));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CaseRecord> found = cases.find(record.id());
            if (found.isEmpty()) {
                return;
            }
            CaseRecord current = found.get();
            FollowUp reminder = new FollowUp(FollowUp.Kind.AGENCY_REMINDER, current.version() + 1, Optional.of(text));
            if (current.followUps().pending().stream().anyMatch(owed -> owed.key().equals(reminder.key()))) {
                return;
            }
            CaseRecord next = current.owingAlso(List.of(reminder));
            if (cases.update(next, current.version())) {
                owing.accept(next);
                return;
            }
        }
        throw new IllegalStateException("the case kept changing; the reminder is handed over on the next try");
    }

    /**
     * The reminders sent about this request, oldest first, from its case's reminder jobs: those of its due date (which
     * the case's requests due that day share) sent while it was not yet provided.
     */
    public static List<ReminderJob> sentFor(AgencyRequest request, List<ReminderJob> jobsOfItsCase) {
        return jobsOfItsCase.stream().filter(job -> job.kind() == DeadlineKind.AGENCY_INFORMATION
                        && job.due().equals(request.due()) && job.status() == ReminderJob.Status.SENT
                        && job.sentAt().isPresent() && request.provided()
                        .map(mark -> job.sentAt().get().isBefore(mark.at())).orElse(true))
                .sorted(java.util.Comparator.comparing(ReminderJob::at)).toList();
    }

    /** The follow-up's text: {@code <due>/<sequence>/<stage>/<the London date it is for>}. */
    static String text(LocalDate due, int sequence, ReminderStage stage, LocalDate on) {
        return due + "/" + sequence + "/" + stage.name() + "/" + on;
    }
}
