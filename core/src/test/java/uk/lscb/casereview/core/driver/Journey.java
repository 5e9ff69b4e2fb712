package uk.lscb.casereview.core.driver;

import java.util.List;
import uk.lscb.casereview.core.cases.AuditEvent;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.rules.Reason;

/**
 * What a referral came to, without what differs by platform (ids, names, references): the outcome recommended and
 * decided, the reasons, each deadline with its due date and whether it is done, and the audit trail's actions in
 * order. Two platforms that ran the same journey have equal journeys.
 */
public record Journey(String recommended, String decided, List<String> reasons, List<String> deadlines,
                      List<String> audit) {

    public static Journey of(CaseRecord record) {
        return new Journey(record.recommendation().outcome().name(),
                record.decision().map(decision -> decision.outcome().name()).orElse("undecided"),
                record.recommendation().reasons().stream().map(Reason::statement).toList(),
                record.deadlines().stream().map(deadline -> deadline.kind() + " due " + deadline.due()
                        + (deadline.isDone() ? " done" : "")).toList(),
                record.audit().stream().map(AuditEvent::action).toList());
    }
}
