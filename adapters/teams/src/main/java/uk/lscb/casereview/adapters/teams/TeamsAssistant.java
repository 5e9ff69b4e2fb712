package uk.lscb.casereview.adapters.teams;

import java.util.Map;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.refs.BoardId;

/**
 * The assistant on Microsoft Teams: the Teams adapter's one public entry type. Made from the Azure Bot
 * registration's {@link TeamsSettings} and the core's services, it answers {@code POST /api/messages}
 * ({@link #handle}) and gives the application Teams' ways out as the core's ports. The rest of the adapter is
 * reached only through it. New cases reach the Chair's card through the scoping service's referral listener,
 * so the assistant is told of none.
 */
public final class TeamsAssistant {
    private final TeamsBot bot;

    /**
     * @param panelChannels panel channel conversation ids per board from configuration (channels registered
     *                      with {@code register panel channel for <board>} are read from {@code addresses})
     * @param postedCopies  where each card and reminder was posted (to replace them), and which notifications were
     */
    public TeamsAssistant(TeamsSettings settings, ScopingService scoping, CaseService cases, Addresses addresses,
                          PostedCopies postedCopies, Roles roles, Boards boards, Map<BoardId, String> panelChannels) {
        this.bot = new TeamsBot(settings, scoping, cases, addresses, postedCopies, roles, boards, panelChannels);
    }

    /** True with no app id: no request's token is checked. Never for real cases. */
    public boolean localMode() {
        return bot.localMode();
    }

    /** Handles one {@code POST /api/messages}: its raw body and {@code Authorization} header. */
    public TeamsBot.Response handle(String body, String authorizationHeader) {
        return bot.handle(body, authorizationHeader);
    }

    /** Posts and updates the Chair's decision cards in Teams. */
    public DecisionRequests decisionRequests() {
        return bot.decisionRequests();
    }

    /** Posts notifications (reminders, decisions) to panel channels and, for escalations, the Chairs' chats. */
    public ChannelNotifier channels() {
        return bot.channels();
    }

    /** Posts notifications to one person's 1:1 chat with the bot. */
    public DirectMessages directMessages() {
        return bot.directMessages();
    }
}
