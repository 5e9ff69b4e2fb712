package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.boards.BoardId;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.port.memory.InMemoryAddresses;
import uk.lscb.casereview.core.port.memory.InMemoryCases;
import uk.lscb.casereview.core.port.memory.InMemoryConversations;
import uk.lscb.casereview.core.port.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/** The whole Teams side wired to core's in-memory ports, and real Teams activity JSON to feed it. */
final class TeamsFixture extends ActivityJson {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");
    static final String CHAIR_AAD = "00000000-0000-0000-0000-00000000c4a1";
    static final String ADMIN_AAD = "00000000-0000-0000-0000-0000000ad411";
    static final String PRACTITIONER_AAD = "00000000-0000-0000-0000-0000000p4ac1".replace('p', '7');

    final InMemoryAddresses addresses = new InMemoryAddresses();
    final InMemoryCases cases = new InMemoryCases();
    final InMemoryConversations conversations = new InMemoryConversations();
    final InMemoryTranscripts transcripts = new InMemoryTranscripts();
    final Boards boards = Boards.staffordshireAndStoke();
    final Roles roles;
    final List<CaseRecord> created = new ArrayList<>();
    final List<CaseRecord> changed = new ArrayList<>();
    final ScopingService scoping;
    final CaseService caseService;
    final TeamsBot bot;

    TeamsFixture(TeamsSettings settings, String serviceUrl) {
        this(settings, serviceUrl, Map.of());
    }

    /** With Teams panel channel ids from configuration. */
    TeamsFixture(TeamsSettings settings, String serviceUrl, Map<BoardId, String> panelChannels) {
        this(settings, serviceUrl, panelChannels, new Roles(
                Map.of(STAFFORDSHIRE, Set.of(new Roles.PlatformId("teams", CHAIR_AAD))),
                Map.of(STAFFORDSHIRE, Set.of(new Roles.PlatformId("teams", ADMIN_AAD)))));
    }

    /** With other Chairs and administrators (e.g. Web Chat users, known by their ids). */
    TeamsFixture(TeamsSettings settings, String serviceUrl, Roles roles) {
        this(settings, serviceUrl, Map.of(), roles);
    }

    private TeamsFixture(TeamsSettings settings, String serviceUrl, Map<BoardId, String> panelChannels, Roles roles) {
        super(serviceUrl, "2026-11-28T10:00:00.000Z");
        this.roles = roles;
        this.caseService = new CaseService(cases, roles, boards, new RulePacks(List.of(Wt2015.pack())), CLOCK,
                (before, after, action) -> changed.add(after));
        this.scoping = new ScopingService(new Conversation(Wt2015.pack(), boards, CLOCK), conversations, transcripts,
                cases, CLOCK, Optional.of(new CaseCommands(cases, transcripts, caseService, roles, boards, CLOCK)),
                record -> { });
        this.bot = new TeamsBot(settings, scoping, caseService, addresses, roles, boards, panelChannels, created::add);
    }

    TeamsBot.Response send(ObjectNode activity) {
        return bot.handle(activity.toString(), null);
    }
}
