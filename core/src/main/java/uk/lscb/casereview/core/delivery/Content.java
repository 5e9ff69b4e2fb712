package uk.lscb.casereview.core.delivery;

import java.util.Objects;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.deadlines.DeadlineKind;

/** What a platform posts or puts in place of a post, channel-neutral: the adapter only renders it. */
public sealed interface Content {

    /** A case's decision card as the case now is. */
    record Card(DecisionCard card) implements Content {
        public Card {
            Objects.requireNonNull(card, "card");
        }
    }

    /** A notice: a referral, a decision, a reminder, a message to one person. */
    record Notice(Notification notification) implements Content {
        public Notice {
            Objects.requireNonNull(notification, "notification");
        }
    }

    /** What a deadline's reminder becomes once the deadline is done: who did it and when, and no buttons. */
    record Done(CaseRecord record, DeadlineKind kind) implements Content {
        public Done {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
