package uk.lscb.casereview.bot.web;

import java.util.Map;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.driver.CoreDriver;
import uk.lscb.casereview.core.driver.ReferralAnswers;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;

/** Object mother: a referral made straight through the scoping service, as a Teams or Slack adapter would. */
public final class Referrals {
    private Referrals() {
    }

    /** A Staffordshire referral notified yesterday, "no" to every question, submitted. */
    public static void submitted(ScopingService scoping, Platform platform, String reference) {
        CoreDriver.referrer(scoping, new ConversationKey(platform, "conversation-" + reference),
                new UserRef(platform, "user-" + reference, "A practitioner"))
                .refer(ReferralAnswers.with(reference, "yesterday", Map.of()));
    }
}
