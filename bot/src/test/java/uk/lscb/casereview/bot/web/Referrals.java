package uk.lscb.casereview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.ConversationKey;

/** Object mother: a referral made straight through the scoping service, as a Teams or Slack adapter would. */
final class Referrals {
    private Referrals() {
    }

    static CaseRecord submitted(ScopingService scoping, String platform, String reference) {
        ConversationKey key = new ConversationKey(platform, "conversation-" + reference);
        UserRef who = new UserRef(platform, "user-" + reference, "A practitioner");
        Optional<CaseRecord> created = Optional.empty();
        for (String text : new String[] {"start", "Staffordshire", reference, "yesterday", "no", "no", "yes", "no",
                "submit"}) {
            created = scoping.handle(new ScopingService.Incoming(key, who, Optional.empty(),
                    new Inbound.TextMessage(text), Optional.empty())).createdCase();
        }
        assertThat(created).as("the referral became a case").isPresent();
        return created.get();
    }
}
