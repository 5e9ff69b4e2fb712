package uk.lscb.casereview.core.conversation;

import java.util.Objects;
import uk.lscb.casereview.core.cases.Referral;

/** Something the conversation asks the world to do after a turn; the application carries it out. */
public sealed interface Effect {

    /** Send the completed referral to the board's Chair (create the case). */
    record SubmitReferral(Referral referral) implements Effect {
        public SubmitReferral {
            Objects.requireNonNull(referral, "referral");
        }
    }
}
