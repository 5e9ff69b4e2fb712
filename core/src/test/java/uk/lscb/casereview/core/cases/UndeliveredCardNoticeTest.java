package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryReminderJobs;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/** The panel is told that a decision card reached no one, naming whoever decides the case under its pack. */
class UndeliveredCardNoticeTest {
    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START, ZoneId.of("Europe/London"));

    private final List<Notification> panel = new ArrayList<>();
    private final InMemoryCases cases = new InMemoryCases();
    private final DecisionRequests unreachable = new DecisionRequests() {
        @Override
        public boolean post(CaseRecord record, DecisionCard card) {
            return false;
        }

        @Override
        public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
            return false;
        }

        @Override
        public void update(CaseRecord record, DecisionCard card) {
        }
    };

    private FollowUpProcessor followUps(String pack) {
        Boards boards = new Boards(List.of(new Board(PortFixtures.STAFFORDSHIRE, "Staffordshire", List.of(), pack,
                pack.equals(Wt2023.ID) ? Optional.of(PortFixtures.partnership(3)) : Optional.empty())));
        CaseNotifications notifications = new CaseNotifications(cases, List.of(unreachable), panel::add, List.of(),
                new ReminderScheduler(new InMemoryReminderJobs(), ReminderPolicy.englandAndWales()), boards,
                new RulePacks(List.of(Wt2015.pack(), Wt2023.pack())), CLOCK);
        return new FollowUpProcessor(cases, notifications, CLOCK, "test", Duration.ofMinutes(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wt2015 | the Chair                 | The Chair has not yet written to the Case Review Assistant, so it cannot message them. The card is posted to the Chair as soon as they write to it or install it, and tried again until then. The Chair can also type: decide REF-2026-1
            wt2023 | the safeguarding partners | The safeguarding partners' lead representatives have not yet written to the Case Review Assistant, so it cannot message them. The card is posted to them as soon as they write to it or install it, and tried again until then.
            """)
    void thePanelIsToldTheCardCouldNotReachWhoDecides(String pack, String who, String body) {
        ConversationKey origin = new ConversationKey(Platform.LOCAL, "p");
        CaseRecord record = pack.equals(Wt2015.ID) ? PortFixtures.caseRecord("REF-2026-1", origin, START)
                : PortFixtures.wt2023CaseRecord("REF-2026-1", origin, START);
        FollowUpProcessor followUps = followUps(pack);
        cases.create(record);
        followUps.referred(record);

        followUps.completeAll();

        assertThat(panel).filteredOn(notice -> notice.title().startsWith("The decision card for"))
                .singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("The decision card for REF-2026-1 could not reach " + who);
            assertThat(notice.text()).isEqualTo(body);
        });
    }
}
