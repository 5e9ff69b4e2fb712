package uk.lscb.casereview.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The driver on the core itself: the scoping service for the practitioner's turns, the case service for the
 * Chair's card and the panel's Mark done, with the payloads the core's own replies and cards carry.
 */
public final class CoreDriver implements ChatDriver {
    private final ScopingService scoping;
    private final CaseService cases;
    private final ConversationKey key;
    private final UserRef practitioner;
    private final UserRef chair;
    private final UserRef panelMember;

    public CoreDriver(ScopingService scoping, CaseService cases, ConversationKey key, UserRef practitioner,
                      UserRef chair, UserRef panelMember) {
        this.scoping = scoping;
        this.cases = cases;
        this.key = key;
        this.practitioner = practitioner;
        this.chair = chair;
        this.panelMember = panelMember;
    }

    /** A driver for the practitioner's side only: the Chair's and the panel's buttons are not pressed with it. */
    public static CoreDriver referrer(ScopingService scoping, ConversationKey key, UserRef practitioner) {
        return new CoreDriver(scoping, null, key, practitioner, null, null);
    }

    @Override
    public String platform() {
        return "core";
    }

    @Override
    public Asking type(String text) {
        return turn(new Inbound.TextMessage(text));
    }

    @Override
    public Asking press(String payload) {
        return turn(new Inbound.ButtonPressed(payload));
    }

    private Asking turn(Inbound input) {
        return asking(scoping.handle(new ScopingService.Incoming(key, practitioner, Optional.empty(), input,
                Optional.empty())).replies());
    }

    /** The question of the turn's last question, and every button of the turn. */
    public static Asking asking(List<Reply> replies) {
        Optional<String> question = Optional.empty();
        List<String> payloads = new ArrayList<>();
        for (Reply reply : replies) {
            List<Choice> choices = new ArrayList<>();
            if (reply instanceof Reply.Ask ask) {
                question = Optional.of(ask.question().value());
                choices.addAll(ask.choices());
                choices.addAll(ask.commands());
            } else if (reply instanceof Reply.Say say) {
                choices.addAll(say.choices());
            } else if (reply instanceof Reply.Summary summary) {
                choices.addAll(summary.actions());
            } else if (reply instanceof Reply.Recommended recommended) {
                choices.addAll(recommended.actions());
            }
            choices.forEach(choice -> payloads.add(choice.payload()));
        }
        return new Asking(question.or(() -> Asking.questionOf(payloads)), payloads);
    }

    @Override
    public void chairDecides(CaseId id, Outcome outcome, Map<String, String> inputs) {
        requireCases();
        ButtonAction.Decision decide = cases.card(cases.find(id).orElseThrow()).actions().stream()
                .map(choice -> ActionCodec.decode(choice.payload())).flatMap(Optional::stream)
                .filter(ButtonAction.Decision.class::isInstance).map(ButtonAction.Decision.class::cast)
                .filter(decision -> decision.verb() == DecisionVerb.DECIDE).findFirst()
                .orElseThrow(() -> new AssertionError("no Decide on the card of " + id.value()));
        Map<String, String> chosen = new java.util.HashMap<>(inputs);
        chosen.put(DecisionCard.OUTCOME, outcome.name());
        CaseService.ActionResult result = cases.cardAction(decide, chosen, CaseService.Actor.person(chair));
        assertThat(result.applied()).as(result.message()).isTrue();
    }

    @Override
    public void partnerAgrees(CaseId id, String lead) {
        requireCases();
        ButtonAction.Decision agree = cases.card(cases.find(id).orElseThrow()).actions().stream()
                .map(choice -> ActionCodec.decode(choice.payload())).flatMap(Optional::stream)
                .filter(ButtonAction.Decision.class::isInstance).map(ButtonAction.Decision.class::cast)
                .filter(decision -> decision.verb() == DecisionVerb.AGREE).findFirst()
                .orElseThrow(() -> new AssertionError("no Agree on the card of " + id.value()));
        CaseService.ActionResult result = cases.cardAction(agree, Map.of(),
                CaseService.Actor.person(new UserRef(chair.platform(), lead, lead)));
        assertThat(result.applied()).as(result.message()).isTrue();
    }

    @Override
    public void panelMarksDone(CaseId id, DeadlineKind kind) {
        requireCases();
        BoardId board = cases.find(id).orElseThrow().board();
        CaseService.ActionResult result = cases.cardAction(new ButtonAction.MarkDone(id.value(), kind), Map.of(),
                new CaseService.Actor(panelMember, Optional.of(board)));
        assertThat(result.applied()).as(result.message()).isTrue();
    }

    private void requireCases() {
        if (cases == null) {
            throw new IllegalStateException("a referrer's driver: no case service to press the Chair's buttons with");
        }
    }
}
