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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.actions.ActionCodec;
import uk.lscb.casereview.core.actions.ButtonAction;
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
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.memory.InMemoryCases;
import uk.lscb.casereview.core.memory.InMemoryConversations;
import uk.lscb.casereview.core.memory.InMemoryTranscripts;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.messages.StepField;
import uk.lscb.casereview.core.messages.StepForm;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.requests.RequestCommands;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The scoping conversation in a terminal: the same {@link ScopingService} as the web, over stdin and
 * stdout, with in-memory storage (nothing is kept after it ends, and nothing is sent to anyone) and the two
 * default boards; {@code status <reference>}, {@code cases} and {@code case <reference>} show the cases made here.
 * You are also the business manager of both boards, so a case's step buttons and the form asking an agency for
 * information are yours to use. Every button is printed with a number; typing the number presses it. A form is
 * asked field by field (its label, the options of a choice, the date format expected), then submitted; a refusal is
 * shown beside the field's name and that field asked again. {@code exit} or end of input ends it. Works with a pipe
 * as stdin.
 */
public final class TerminalChat {
    private static final ConversationKey KEY = new ConversationKey(Platform.TERMINAL, "local-user");
    private static final UserRef YOU = new UserRef(Platform.TERMINAL, "local-user", "You (terminal)");
    private static final String CANCEL = "cancel";

    private final ScopingService scoping;
    private final CaseService cases;
    private final PrintStream out;
    private final List<Choice> numbered = new ArrayList<>();

    TerminalChat(ScopingService scoping, CaseService cases, PrintStream out) {
        this.scoping = scoping;
        this.cases = cases;
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
        Set<Roles.PlatformId> you = Set.of(Roles.PlatformId.of(YOU));
        Map<BoardId, Set<Roles.PlatformId>> everyBoard = new HashMap<>();
        boards.all().forEach(board -> everyBoard.put(board.id(), you));
        Roles roles = new Roles(Map.of(), Map.of(), everyBoard);
        AgencyRequestService requests = new AgencyRequestService(cases, new InMemoryAgencyRequests(), roles, boards,
                WorkingDays.englandAndWales(), clock, record -> { });
        CaseService service = new CaseService(cases, roles, boards, new RulePacks(List.of(Wt2015.pack())), clock,
                (before, after, action) -> { }, (id, kind, due) -> false, requests);
        ScopingService scoping = new ScopingService(PackConversations.of(conversation), new InMemoryConversations(),
                transcripts, cases,
                clock, Optional.of(new CaseCommands(cases, transcripts, service, roles, boards, clock,
                        (chair, posted) -> false, List.of(new RequestCommands(cases, requests, clock)))),
                record -> { });
        new TerminalChat(scoping, service, out).loop(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8)));
    }

    private void loop(BufferedReader reader) {
        out.println("Case Review Assistant: terminal chat (nothing is kept after it ends). Not for real cases: "
                + "never type a child's name.");
        out.println("Type a number to press a button, or type your answer. Type exit to leave.");
        out.println();
        Optional<StepForm> form = turn(new Inbound.TextMessage("start"));
        while (true) {
            if (form.isPresent()) {
                if (!fill(form.get(), reader)) {
                    goodbye();
                    return;
                }
                form = Optional.empty();
                continue;
            }
            Optional<String> line = read(reader, "> ");
            if (line.isEmpty() || line.get().strip().equalsIgnoreCase("exit")) {
                goodbye();
                return;
            }
            String typed = line.get();
            form = turn(pressed(typed.strip()).<Inbound>map(Inbound.ButtonPressed::new)
                    .orElseGet(() -> new Inbound.TextMessage(typed)));
        }
    }

    /** A line typed after the prompt; empty at the end of input, {@code exit}, or when it cannot be read. */
    private Optional<String> read(BufferedReader reader, String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return Optional.ofNullable(reader.readLine());
        } catch (IOException unreadable) {
            out.println();
            out.println("Could not read the input: " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    private void goodbye() {
        out.println();
        out.println("Goodbye.");
        out.flush();
    }

    /**
     * Asks a form's fields one by one and submits it to the case service, which checks it as it checks every
     * platform's; a refusal about a field is shown beside the field's name and that field is asked again, one about
     * no field ends the form. {@code cancel} leaves it with nothing recorded.
     *
     * @return false when the input ended or {@code exit} was typed
     */
    private boolean fill(StepForm form, BufferedReader reader) {
        Optional<ButtonAction.CaseChange> submit = ActionCodec.decode(form.submit().payload())
                .filter(ButtonAction.CaseChange.class::isInstance).map(ButtonAction.CaseChange.class::cast);
        if (submit.isEmpty()) {
            out.println(ActionCodec.UNRECOGNISED);
            return true;
        }
        out.println("Answer each field in turn, or type cancel to leave the form with nothing recorded.");
        Map<String, String> values = new HashMap<>();
        List<StepField> toAsk = form.fields();
        while (true) {
            for (StepField field : toAsk) {
                Optional<String> answer = ask(field, reader);
                if (answer.isEmpty()) {
                    return false;
                }
                if (answer.get().equalsIgnoreCase(CANCEL)) {
                    out.println("Nothing has been recorded.");
                    out.println();
                    return true;
                }
                values.put(field.id(), answer.get());
            }
            CaseService.ActionResult result = cases.cardAction(submit.get(), values, CaseService.Actor.person(YOU));
            Optional<StepField> beside = result.input().flatMap(id -> form.fields().stream()
                    .filter(field -> field.id().equals(id)).findFirst());
            if (result.applied() || beside.isEmpty()) {
                out.println(result.message());
                out.println();
                out.flush();
                return true;
            }
            out.println(beside.get().label() + ": " + result.message());
            toAsk = List.of(beside.get());
        }
    }

    /** One field: its label, whether it may be left empty, its hint and what to type; the answer as the core reads it. */
    private Optional<String> ask(StepField field, BufferedReader reader) {
        StringBuilder question = new StringBuilder(field.label()).append(field.required() ? "" : " (optional: press "
                + "Enter to leave it empty)");
        if (!field.hint().isBlank()) {
            question.append("\n  ").append(field.hint());
        }
        switch (field.type()) {
            case DATE -> question.append("\n  A date, for example 18/12/2026 or 18 Dec 2026.");
            case CHOICE -> {
                for (int i = 0; i < field.options().size(); i++) {
                    question.append("\n  ").append(i + 1).append(") ").append(field.options().get(i).label());
                }
                question.append("\n  Type the number of one.");
            }
            case BOOLEAN -> question.append("\n  Type yes or no.");
            case URL -> question.append("\n  A web address starting with https://.");
            case PERSON -> question.append("\n  Their id, as teams:<id> or slack:<id>.");
            case TEXT, LINE -> { }
        }
        out.println(question);
        Optional<String> line = read(reader, field.label() + ": ");
        if (line.isEmpty() || line.get().strip().equalsIgnoreCase("exit")) {
            return Optional.empty();
        }
        String typed = line.get().strip();
        return Optional.of(switch (field.type()) {
            case CHOICE -> typed.matches("\\d{1,2}") && Integer.parseInt(typed) >= 1
                    && Integer.parseInt(typed) <= field.options().size()
                    ? field.options().get(Integer.parseInt(typed) - 1).value() : typed;
            case BOOLEAN -> typed.equalsIgnoreCase("yes") || typed.equalsIgnoreCase("y") ? "true"
                    : typed.equalsIgnoreCase("no") || typed.equalsIgnoreCase("n") || typed.isEmpty() ? "false" : typed;
            default -> typed;
        });
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

    /** The replies to one turn, printed; the form among them, if any, to be filled in next. */
    private Optional<StepForm> turn(Inbound input) {
        ScopingService.TurnResult result = scoping.handle(new ScopingService.Incoming(KEY, YOU, Optional.empty(),
                input, Optional.empty()));
        numbered.clear();
        Optional<StepForm> form = Optional.empty();
        for (Reply reply : result.replies()) {
            if (reply instanceof Reply.Form asked) {
                form = Optional.of(asked.form());
            }
            out.println(render(result.createdCase().map(created -> recordedHere(created, reply)).orElse(reply)));
            out.println();
        }
        out.flush();
        return form;
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
        } else if (reply instanceof Reply.Form asked) {
            // Its fields are asked one by one next (fill).
            StepForm form = asked.form();
            text.append(form.title());
            form.intro().forEach(line -> text.append('\n').append(line));
            form.copyable().ifPresent(copy -> text.append("\n\n").append(copy));
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
