package uk.lscb.casereview.core.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.DecisionVerb;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * What the panel channel, the referrer and the scrutineer hear of a case its safeguarding partners decide, in Working
 * Together 2023's words (no Chair, no LSCB, no Serious Case Review, no national panel): the referral awaiting the
 * partners, the partners differing so that their rule cannot be met (who differs and why), and the decision.
 */
class PartnersNoticesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));

    private final List<Notification> notices = new ArrayList<>();
    private final List<String> direct = new ArrayList<>();
    private final InMemoryCases cases = new InMemoryCases();
    private final Boards boards = PortFixtures.partnershipBoards();
    private final RulePacks packs = new RulePacks(List.of(Wt2015.pack(), Wt2023.pack()));
    private final DecisionRequests cards = new NoCards();
    private final CaseNotifications notifications = new CaseNotifications(cases, List.of(cards), notices::add,
            List.of((person, note) -> direct.add(person.id() + ": " + note.title() + " " + note.text())),
            new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), boards, packs, CLOCK);
    private final FollowUpProcessor followUps = new FollowUpProcessor(cases, notifications, CLOCK, "test",
            java.time.Duration.ofMinutes(2));
    private final CaseService service = new CaseService(cases, new Roles(Map.of(), Map.of(), Map.of(),
            Map.of(PortFixtures.STAFFORDSHIRE, PortFixtures.partnership(Partnership.ALL))), boards, packs, CLOCK,
            followUps);
    private final CaseRecord record = PortFixtures.wt2023CaseRecord("CSPR-2026-600",
            new ConversationKey(Platform.LOCAL, "p"), PortFixtures.AT);

    private void press(UserRef lead, DecisionVerb verb, Map<String, String> inputs) {
        CaseRecord now = cases.find(record.id()).orElseThrow();
        assertThat(service.cardAction(new ButtonAction.Decision(verb, now.id().value(), now.version()), inputs,
                CaseService.Actor.person(lead)).applied()).isTrue();
    }

    private List<String> said() {
        return notices.stream().map(note -> note.to() + " " + note.title() + ": " + note.text()).toList();
    }

    @Test
    void thePanelHearsOfTheReferralThePartnersDifferingAndTheDecisionAndTheScrutineerOfTheDecision() {
        cases.create(record);
        followUps.referred(record);

        press(PortFixtures.LA_LEAD, DecisionVerb.AGREE, Map.of());
        press(PortFixtures.POLICE_LEAD, DecisionVerb.DISAGREE, Map.of(DecisionCard.REASON, "Known learning."));
        press(PortFixtures.POLICE_LEAD, DecisionVerb.AGREE, Map.of());
        press(PortFixtures.ICB_LEAD, DecisionVerb.AGREE, Map.of());

        assertThat(said()).containsExactly(
                "[PANEL_CHANNEL] New referral CSPR-2026-600: awaiting the safeguarding partners: Recommendation: Local "
                        + "child safeguarding practice review: the safeguarding partners decide. Each partner's lead "
                        + "representative confirms on the card.",
                "[PANEL_CHANNEL] The safeguarding partners differ on CSPR-2026-600: The decision stays open: the "
                        + "partners' rule cannot be met as they have answered. Local authority: agrees; Integrated care "
                        + "board (health): not yet confirmed; Police (chief officer of police): disagrees: Known "
                        + "learning. A partner can change their answer on the card; until then the case is awaiting the "
                        + "partners.",
                "[PANEL_CHANNEL] Decision on CSPR-2026-600: The safeguarding partners decided: Local child "
                        + "safeguarding practice review: the safeguarding partners decide. Local authority: agrees; "
                        + "Integrated care board (health): agrees; Police (chief officer of police): agrees.",
                "[SCRUTINEER] Decision on CSPR-2026-600 by the safeguarding partners: The safeguarding partners "
                        + "decided: Local child safeguarding practice review: the safeguarding partners decide. Local "
                        + "authority: agrees; Integrated care board (health): agrees; Police (chief officer of police): "
                        + "agrees.");
        assertThat(direct).singleElement().asString().startsWith(PortFixtures.PRACTITIONER.id()
                + ": Decision on your referral CSPR-2026-600 The safeguarding partners decided");
        assertThat(notices).filteredOn(note -> note.to().equals(Set.of(Audience.SCRUTINEER))).singleElement()
                .satisfies(note -> assertThat(note.facts()).extracting(fact -> fact.label() + ": " + fact.value())
                        .contains("Stage: Decided"));
        assertThat(String.join(" ", said()) + String.join(" ", direct)).doesNotContain("Chair", "LSCB",
                "national panel", "Serious Case Review");
    }
}
