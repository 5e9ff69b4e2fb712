package uk.lscb.casereview.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.Turn;
import uk.lscb.casereview.core.rules.Assessment;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The core's costs per call: one conversation turn that answers the last question (the recommendation
 * is built), the assessment of complete answers, and the assessment of no answers at all (the worst
 * case of the search for certainly-missing questions, which walks every path of the flow).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmarks {
    private final RulePack pack = Wt2015.pack();
    private final Conversation conversation = new Conversation(pack, Boards.staffordshireAndStoke(),
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London")));
    private final Map<String, String> complete = new LinkedHashMap<>();
    private ConversationState atLastQuestion;

    @Setup
    public void setUp() {
        complete.put("abuse_or_neglect", "yes");
        complete.put("child_died", "no");
        complete.put("seriously_harmed", "not sure");
        complete.put("concern_working_together", "no");
        complete.put("multi_agency_negative_impact", "no");
        complete.put("single_agency_improvements", "yes");
        complete.put("several_agencies_need_action", "not sure");
        complete.put("single_organisation_improvements", "no");
        complete.put("further_audit_needed", "yes");
        ConversationState state = conversation.start(Optional.empty());
        for (String text : new String[] {"start", "Staffordshire", "SCR-2026-001", "yesterday", "yes", "no",
                "not sure", "no", "no", "yes", "not sure", "no"}) {
            state = conversation.handle(state, new Inbound.TextMessage(text)).state();
        }
        atLastQuestion = state;
    }

    @Benchmark
    public Turn lastAnswerOfAConversation() {
        return conversation.handle(atLastQuestion, new Inbound.TextMessage("yes"));
    }

    @Benchmark
    public Assessment assessCompleteAnswers() {
        return Assessment.assess(pack, complete);
    }

    @Benchmark
    public Assessment assessNoAnswers() {
        return Assessment.assess(pack, Map.of());
    }
}
