package uk.lscb.casereview.bot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.PlainText;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The scoping conversation in a terminal: the same {@link ScopingService} as the web, over stdin and
 * stdout, with in-memory storage (nothing is kept after it ends, and nothing is sent to anyone) and the two
 * default boards; {@code status <reference>} and {@code cases} show the cases made here. Every
 * button is printed with a number; typing the number presses it. {@code exit} or end of input ends it.
 * Works with a pipe as stdin.
 */
public final class TerminalChat {
    private static final ConversationKey KEY = new ConversationKey(Platform.TERMINAL, "local-user");
    private static final UserRef YOU = new UserRef(Platform.TERMINAL, "local-user", "You (terminal)");

    private final ScopingService scoping;
    private final PrintStream out;
    private final List<Choice> numbered = new ArrayList<>();

    TerminalChat(ScopingService scoping, PrintStream out) {
        this.scoping = scoping;
        this.out = out;
    }

    /** {@code java -jar bot.jar --chat}: the system clock in Europe/London. */
    public static void runFromMain(InputStream in, PrintStream out) {
        run(in, out, Clock.system(ZoneId.of("Europe/London")));
    }

    public static void run(InputStream in, PrintStream out, Clock clock) {
        Boards boards = Boards.staffordshireAndStoke();
        Conversation conversation = new Conversation(Wt2015.pack(), boards, clock);
        InMemoryCases cases = new InMemoryCases();
        InMemoryTranscripts transcripts = new InMemoryTranscripts();
        Roles nobody = new Roles(Map.of(), Map.of());
        CaseService service = new CaseService(cases, nobody, boards, new RulePacks(List.of(Wt2015.pack())), clock,
                (before, after, action) -> { });
        ScopingService scoping = new ScopingService(PackConversations.of(conversation), new InMemoryConversations(),
                transcripts, cases,
                clock, Optional.of(new CaseCommands(cases, transcripts, service, nobody, boards, clock,
                        (chair, posted) -> false)),
                record -> { });
        new TerminalChat(scoping, out).loop(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    private void loop(BufferedReader reader) {
        out.println("Case Review Assistant: terminal chat (nothing is kept after it ends). Not for real cases: "
                + "never type a child's name.");
        out.println("Type a number to press a button, or type your answer. Type exit to leave.");
        out.println();
        turn(new Inbound.TextMessage("start"));
        while (true) {
            out.print("> ");
            out.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException unreadable) {
                out.println();
                out.println("Could not read the input: " + unreadable.getMessage());
                return;
            }
            if (line == null || line.strip().equalsIgnoreCase("exit")) {
                out.println();
                out.println("Goodbye.");
                out.flush();
                return;
            }
            turn(pressed(line.strip()).<Inbound>map(Inbound.ButtonPressed::new)
                    .orElseGet(() -> new Inbound.TextMessage(line)));
        }
    }

    /** A number typed that matches a printed button presses it. */
    private Optional<String> pressed(String line) {
        if (!line.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(line);
        return number >= 1 && number <= numbered.size() ? Optional.of(numbered.get(number - 1).payload())
                : Optional.empty();
    }

    private void turn(Inbound input) {
        ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(KEY, YOU, Optional.empty(),
                input, Optional.empty()));
        numbered.clear();
        for (Reply reply : result.replies()) {
            out.println(render(result.createdCase().map(created -> recordedHere(created, reply)).orElse(reply)));
            out.println();
        }
        out.flush();
    }

    /**
     * The conversation tells a referrer the referral has gone to the Chair; here nothing goes anywhere, so the
     * reply to the submission says what really happened.
     */
    private static Reply recordedHere(CaseRecord created, Reply reply) {
        if (!(reply instanceof Reply.Say say)) {
            return reply;
        }
        String reference = created.reference().value();
        return new Reply.Say("Your referral " + reference + " is recorded here as a case awaiting the Chair's "
                + "decision, with the recommendation: " + created.recommendation().outcome().label() + ". In this "
                + "terminal chat nothing is sent to anyone: no Chair is told, and the case is forgotten when you "
                + "exit. Type status " + reference + " or cases to see it.", say.choices());
    }

    /** The reply as plain text without its buttons, then its buttons numbered. */
    private String render(Reply reply) {
        StringBuilder text = new StringBuilder();
        if (reply instanceof Reply.Say say) {
            text.append(PlainText.render(new Reply.Say(say.text())));
            choices(text, say.choices());
        } else if (reply instanceof Reply.Ask ask) {
            text.append(PlainText.render(new Reply.Ask(ask.question(), ask.number(), ask.text(), ask.hint(),
                    List.of(), ask.currentAnswer(), List.of())));
            choices(text, ask.choices());
            choices(text, ask.commands());
        } else if (reply instanceof Reply.Summary summary) {
            text.append(summary.title());
            for (Fact fact : summary.facts()) {
                text.append("\n  ").append(fact.label()).append(": ").append(fact.value());
                fact.change().ifPresent(change -> text.append("   [").append(number(change)).append(") ")
                        .append(change.label()).append(']'));
            }
            choices(text, summary.actions());
        } else if (reply instanceof Reply.Recommended card) {
            text.append(PlainText.render(new Reply.Recommended(card.recommendation(), card.caseFacts(),
                    card.answers(), List.of())));
            choices(text, card.actions());
        } else {
            text.append(PlainText.render(reply));
        }
        return text.toString();
    }

    private void choices(StringBuilder text, List<Choice> choices) {
        if (choices.isEmpty()) {
            return;
        }
        text.append('\n');
        for (Choice choice : choices) {
            text.append("\n  ").append(number(choice)).append(") ").append(choice.label());
        }
    }

    private int number(Choice choice) {
        numbered.add(choice);
        return numbered.size();
    }
}
