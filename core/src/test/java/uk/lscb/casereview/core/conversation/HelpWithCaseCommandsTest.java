package uk.lscb.casereview.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.actions.Command;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.boards.Roles.PlatformId;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * Help in a chat says what the conversation does and, where the case commands are answered, the ones this person may
 * use: they were typed at any point but named nowhere except in Slack's slash command help.
 */
class HelpWithCaseCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final UserRef CHAIR = new UserRef(Platform.TEAMS, "chair-staffordshire", "Staffordshire Chair");
    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    private final Boards boards = Boards.staffordshireAndStoke();
    private final Roles roles = new Roles(Map.of(PortFixtures.STAFFORDSHIRE, Set.of(PlatformId.of(CHAIR))), Map.of());
    private final CaseCommands commands = new CaseCommands(cases, transcripts, new CaseService(cases, roles, boards,
            new RulePacks(List.of(Wt2015.pack())), CLOCK, (before, after, action) -> { }), roles, boards, CLOCK,
            (chair, posted) -> true);
    private final Conversation conversation = new Conversation(Wt2015.pack(), boards, CLOCK);

    private ScopingService service(Optional<CaseCommands> caseCommands) {
        return new ScopingService(PackConversations.of(conversation), new InMemoryConversations(), transcripts, cases,
                CLOCK, caseCommands, record -> { });
    }

    private static ScopingService.TurnResult send(ScopingService service, UserRef who, String typedOrPayload,
                                                  boolean pressed) {
        return service.handle(new ScopingService.Incoming(new ConversationKey(Platform.TEAMS, "help-" + who.id()), who,
                Optional.empty(), pressed ? new Inbound.ButtonPressed(typedOrPayload)
                : new Inbound.TextMessage(typedOrPayload), Optional.empty()));
    }

    @ParameterizedTest(name = "typed: {0}")
    @ValueSource(booleans = {false, true})
    void helpDuringAReferralListsThePersonsCaseCommandsBetweenItsOwnWordsAndTheQuestionAskedAgain(boolean pressed) {
        ScopingService service = service(Optional.of(commands));
        List<Reply> question = send(service, PortFixtures.PRACTITIONER, "start", false).replies();

        List<Reply> replies = send(service, PortFixtures.PRACTITIONER,
                pressed ? ActionCodec.encode(new ButtonAction.Run(Command.HELP)) : "help", pressed).replies();

        assertThat(replies.get(0)).isInstanceOfSatisfying(Reply.Say.class,
                say -> assertThat(say.text()).startsWith("I ask the scoping questions one at a time."));
        assertThat(replies.get(1)).isEqualTo(commands.help(PortFixtures.PRACTITIONER));
        assertThat(replies.get(replies.size() - 1)).isEqualTo(question.get(question.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help", "commands"})
    void aChairWhoAsksForHelpIsToldOfTheCommandsOnlyAChairHas(String typed) {
        List<Reply> replies = send(service(Optional.of(commands)), CHAIR, typed, false).replies();

        assertThat(replies).filteredOn(Reply.Summary.class::isInstance).singleElement()
                .extracting(reply -> ((Reply.Summary) reply).facts()).asInstanceOf(list(Fact.class))
                .extracting(Fact::label).contains("decide REFERENCE", "transcript REFERENCE");
    }

    @Test
    void withoutTheCaseCommandsHelpIsTheConversationsOwn() {
        assertThat(send(service(Optional.empty()), CHAIR, "help", false).replies())
                .noneMatch(Reply.Summary.class::isInstance);
    }

    /** With nothing asked, "why" is answered with the conversation's help: the case commands belong in it too. */
    @ParameterizedTest(name = "typed: {0}")
    @ValueSource(booleans = {false, true})
    void whyWithNoReferralUnderWayIsHelpWithTheCaseCommands(boolean pressed) {
        List<Reply> replies = send(service(Optional.of(commands)), CHAIR,
                pressed ? ActionCodec.encode(new ButtonAction.Run(Command.WHY)) : "why", pressed).replies();

        assertThat(replies.get(0)).isInstanceOfSatisfying(Reply.Say.class,
                say -> assertThat(say.text()).startsWith("I ask the scoping questions one at a time."));
        assertThat(replies.get(1)).isEqualTo(commands.help(CHAIR));
    }

    /** A mistyped case command in a chat with no referral under way says what was meant; it started a referral. */
    @Test
    void aMistypedCommandIsAnsweredWithTheCommandMeantNotANewReferral() {
        ScopingService service = service(Optional.of(commands));

        ScopingService.TurnResult typed = send(service, CHAIR, "staus SCR-2026-300", false);

        assertThat(typed.replies()).singleElement().isInstanceOfSatisfying(Reply.Say.class,
                say -> assertThat(say.text()).startsWith("Did you mean status? Type it like this: status REFERENCE"));
        send(service, CHAIR, "start", false);
        assertThat(send(service, CHAIR, "staus", false).replies())
                .noneMatch(reply -> reply instanceof Reply.Say say && say.text().startsWith("Did you mean"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"why", "back", "summary"})
    void theConversationsOtherCommandsListNoCaseCommands(String typed) {
        ScopingService service = service(Optional.of(commands));
        send(service, PortFixtures.PRACTITIONER, "start", false);

        assertThat(send(service, PortFixtures.PRACTITIONER, typed, false).replies())
                .doesNotContain(commands.help(PortFixtures.PRACTITIONER));
    }
}
