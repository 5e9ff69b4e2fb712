package uk.lscb.casereview.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.people.UserRef;

/**
 * Whether a decision card's button was pressed on a card made before something the decision rests on was recorded:
 * a request for more information, the referrer's answer to it, or a safeguarding partner's answer (each shown on the
 * card as it now is), by someone other than the person pressing (who knows what they did themselves). Bookkeeping (a
 * follow-up owed or done, which changes the case's version and not its audit trail) never makes a card out of date,
 * nor does a record the card does not show (the reason for a delay, an agency asked for information).
 *
 * <p>A card's buttons say how many audit entries the card was made with ({@link ButtonAction.Decision#seen()}), so
 * what was recorded since is known. A card posted before they said it is taken as out of date when it is of an
 * earlier version of the case and the case has any such entry at all: what that card shows cannot be told, and
 * showing the card as it is now costs the Chair one more press, where deciding on a card without the referrer's
 * answer cannot be undone.
 *
 * <p>Only a case still awaiting its decision is checked: on a case decided (or withdrawn) a press answers as it
 * always has, with who decided and when.
 */
final class OutOfDateCards {
    private OutOfDateCards() {
    }

    /** Why the press is refused, in plain words; empty when the card pressed shows all the decision rests on. */
    static Optional<String> refusal(CaseRecord current, ButtonAction.Decision pressed, UserRef who) {
        if (!current.awaitsTheChair()) {
            return Optional.empty();
        }
        List<AuditEvent> trail = current.audit();
        boolean known = pressed.seen().isPresent();
        List<AuditEvent> since;
        if (known) {
            since = trail.subList(Math.min(pressed.seen().getAsInt(), trail.size()), trail.size());
        } else {
            since = pressed.version() == current.version() ? List.of() : trail;
        }
        List<String> news = new ArrayList<>();
        for (AuditEvent event : since) {
            if (!event.who().isSamePerson(who)) {
                news(event).filter(line -> !news.contains(line)).ifPresent(news::add);
            }
        }
        if (news.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("This card " + (known ? "was" : "may have been") + " made before " + inWords(news)
                + ". Nothing has been decided: please read the card as it is now, then decide on it.");
    }

    /** What an audit entry a decision rests on says, in words that follow "made before"; empty for any other. */
    private static Optional<String> news(AuditEvent event) {
        return switch (event.action()) {
            case "more information requested" -> Optional.of("more information was asked of the referrer");
            case "information provided" -> Optional.of("the referrer answered the request for more information");
            case PartnerDecision.CONFIRMED -> Optional.of(PartnerRole.byKey(event.values()
                            .getOrDefault(PartnerDecision.ROLE, "")).map(role -> "the " + role.label())
                    .orElse("a safeguarding partner") + ("true".equals(event.values().get(PartnerDecision.AGREES))
                    ? " agreed" : " disagreed") + " with the recommendation");
            default -> Optional.empty();
        };
    }

    private static String inWords(List<String> news) {
        if (news.size() == 1) {
            return news.get(0);
        }
        return String.join(", ", news.subList(0, news.size() - 1)) + " and " + news.get(news.size() - 1);
    }
}
