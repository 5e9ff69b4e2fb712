package uk.lscb.casereview.core.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.rules.AnswerType;
import uk.lscb.casereview.core.rules.AnswerValue;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.PackDeadlines;
import uk.lscb.casereview.core.rules.RulePack;

/**
 * The scoping conversation of each rule pack the boards follow, and which one a conversation follows: its board's
 * pack (the board implied by the channel, or once answered), else the pack every board follows, else the first
 * pack given. A conversation keeps its pack, stored in its state, until a turn begins a new referral or changes
 * its board: a change of configuration never moves a referral under way to another pack.
 */
public final class PackConversations {
    private final Map<String, Conversation> byPack = new LinkedHashMap<>();
    private final Boards boards;
    private final String unknownBoardPack;

    /**
     * @throws IllegalArgumentException when a board follows a pack none of the conversations is for, or two are for
     *                                  the same pack
     */
    public PackConversations(List<Conversation> conversations, Boards boards) {
        this.boards = Objects.requireNonNull(boards, "boards");
        if (conversations.isEmpty()) {
            throw new IllegalArgumentException("at least one conversation is needed");
        }
        for (Conversation conversation : conversations) {
            if (byPack.putIfAbsent(conversation.pack().id(), conversation) != null) {
                throw new IllegalArgumentException("two conversations for rule pack " + conversation.pack().id());
            }
        }
        for (Board board : boards.all()) {
            if (!byPack.containsKey(board.rulePack())) {
                throw new IllegalArgumentException("board " + board.id() + " follows rule pack '" + board.rulePack()
                        + "', which this deployment does not have (it has " + String.join(", ", byPack.keySet())
                        + ")");
            }
        }
        List<String> followed = boards.all().stream().map(Board::rulePack).distinct().toList();
        this.unknownBoardPack = followed.size() == 1 ? followed.get(0) : byPack.keySet().iterator().next();
    }

    /** The one conversation of a deployment whose boards all follow its pack. */
    public static PackConversations of(Conversation conversation) {
        return new PackConversations(List.of(conversation), conversation.boards());
    }

    /** The conversation a state follows: the pack stored in it. */
    public Conversation of(ConversationState state) {
        Conversation conversation = byPack.get(state.rulePack());
        if (conversation == null) {
            throw new IllegalStateException("no conversation for rule pack " + state.rulePack());
        }
        return conversation;
    }

    /** The deadlines rule pack {@code packId} declares; empty for a pack that declares none or is not here. */
    public Optional<PackDeadlines> deadlinesOf(String packId) {
        return Optional.ofNullable(byPack.get(packId)).flatMap(conversation -> conversation.pack().deadlines());
    }

    /** The pack a new conversation in this channel follows. */
    public ConversationState start(Optional<BoardId> channelBoard) {
        return byPack.get(packFor(channelBoard)).start(channelBoard);
    }

    /**
     * One turn, under the state's pack; when the turn begins a referral or changes the board, under the pack the
     * board follows now (the turn taken again from the same state, moved to that pack, so every reply is that
     * pack's).
     */
    public Turn handle(ConversationState state, Inbound input) {
        Conversation current = of(state);
        Turn turn = current.handle(state, input);
        if (!began(turn.state()) && board(state).equals(board(turn.state()))) {
            return turn;
        }
        String wanted = packFor(board(turn.state()));
        if (wanted.equals(state.rulePack())) {
            return turn;
        }
        Conversation target = byPack.get(wanted);
        return target.handle(moved(state, current.pack(), target.pack()), input);
    }

    /** What shows where a stored conversation is, with its live buttons (see {@link Conversation#resume}). */
    public List<Reply> resume(ConversationState state) {
        return of(state).resume(state);
    }

    /** The label of the button that sends this payload, in whichever pack has it. */
    public Optional<String> pressedLabel(String payload) {
        return byPack.values().stream().map(conversation -> conversation.pressedLabel(payload))
                .flatMap(Optional::stream).findFirst();
    }

    private String packFor(Optional<BoardId> board) {
        return board.flatMap(boards::get).map(Board::rulePack).orElse(unknownBoardPack);
    }

    /** A turn that began a referral: asking, with no answer given yet (only the implied board). */
    private static boolean began(ConversationState state) {
        return state.phase() == Phase.ASKING && state.answers().values().size() == state.answers().implied().size();
    }

    private Optional<BoardId> board(ConversationState state) {
        return boardQuestion(of(state).pack()).flatMap(id -> state.answers().get(id))
                .map(value -> ((AnswerValue.Board) value).board());
    }

    private static Optional<QuestionId> boardQuestion(RulePack pack) {
        return pack.questions().stream().filter(q -> q.type() == AnswerType.BOARD).map(Question::id).findFirst();
    }

    /**
     * The same state under another pack: the answers that pack asks kept (the board, the reference), the question
     * being asked the one of the same id there, else of the same kind, else its first.
     */
    private static ConversationState moved(ConversationState state, RulePack from, RulePack to) {
        Answers answers = to.prune(state.answers());
        Optional<QuestionId> current = state.current().map(id -> to.find(id).map(Question::id).orElseGet(() ->
                to.questions().stream().filter(q -> q.type() == from.question(id).type()).map(Question::id)
                        .findFirst().orElse(to.questions().get(0).id())));
        return new ConversationState(state.schemaVersion(), to.id(), state.phase(), answers, current,
                state.pendingDate());
    }
}
