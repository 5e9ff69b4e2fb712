package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.conversation.Inbound;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * Text the assistant did not understand as an answer or a command is never stored, wherever it is
 * typed: names in every form acceptance tried are looked for in everything the store holds. Extend
 * it with fresh, empty stores and a way to read back everything stored.
 */
public abstract class UnrecognisedTextContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final List<String> REFERRAL = List.of("start", "Staffordshire", "SCR-2026-050", "yesterday",
            "yes", "yes", "no", "not sure", "no");

    /** What was typed, and the words of it that must appear nowhere in storage. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "jane smith", List.of("jane", "smith"),
            "J. Smith", List.of("smith"),
            "JANE SMITH", List.of("jane", "smith"),
            "child Jane", List.of("jane"),
            "jane.smith", List.of("jane", "smith"),
            "SMITH-J-2015", List.of("smith"),
            "dafydd ap gruffydd", List.of("dafydd", "gruffydd"),
            "siân rhys-jones", List.of("siân", "rhys"),
            "małgorzata kowalska", List.of("małgorzata", "kowalska"),
            "wojciech nowak", List.of("wojciech", "nowak"));

    /** Where it was typed: the messages before it. */
    private static final Map<String, List<String>> PLACES = Map.of(
            "as a first message", List.of(),
            "at the board question", REFERRAL.subList(0, 1),
            "at the case reference question", REFERRAL.subList(0, 2),
            "at the date question", REFERRAL.subList(0, 3),
            "at a yes/no question", REFERRAL.subList(0, 5),
            "once every question is answered", REFERRAL,
            "after status", List.of("status"));

    /** Fresh, empty stores for one test. */
    protected abstract FaultyStore stores();

    /** Every document or record the stores of the last {@link #stores()} hold, as text. */
    protected abstract String everythingStored(List<ConversationKey> conversations);

    static Stream<Arguments> namesAndPlaces() {
        List<Arguments> all = new ArrayList<>();
        NAMES.forEach((typed, words) -> PLACES.forEach((place, before) ->
                all.add(Arguments.of(typed, place, before, words))));
        return all.stream();
    }

    @ParameterizedTest(name = "\"{0}\" typed {1} is not stored")
    @MethodSource("namesAndPlaces")
    public void aNameTypedAnywhereIsNeverStored(String typed, String place, List<String> before, List<String> words) {
        FaultyStore store = stores();
        ScopingService service = service(store);
        ConversationKey key = new ConversationKey(Platform.LOCAL, "names-" + System.nanoTime());
        before.forEach(text -> say(service, key, text.equals("status") ? "status SCR-2026-050" : text));

        say(service, key, typed);
        say(service, key, "status " + typed);
        say(service, key, "done " + typed + " panel");

        String stored = everythingStored(List.of(key)).toLowerCase(Locale.ROOT);
        for (String word : words) {
            assertThat(stored).as("storage after \"%s\" %s", typed, place).doesNotContain(word);
        }
        assertThat(stored).contains("not stored (" + typed.length() + " characters)");
    }

    @Test
    public void aDelayReasonThatMayHoldANameIsRefusedAndNotStored() {
        FaultyStore store = stores();
        ScopingService service = service(store);
        ConversationKey key = new ConversationKey(Platform.LOCAL, "delay-" + System.nanoTime());
        REFERRAL.forEach(text -> say(service, key, text));
        say(service, key, "send");

        say(service, key, "delay SCR-2026-050 decision waiting for Jane Smith's trial");
        say(service, key, "delay SCR-2026-050 Jane's school has not answered");

        String stored = everythingStored(List.of(key)).toLowerCase(Locale.ROOT);
        assertThat(stored).doesNotContain("smith").doesNotContain("jane")
                .contains("delay scr-2026-050 decision (a reason of")
                .contains("delay scr-2026-050 (not a deadline, 6 characters) (a reason of");
    }

    private static ScopingService service(FaultyStore store) {
        Boards boards = Boards.staffordshireAndStoke();
        Roles roles = new Roles(Map.of(), Map.of());
        RulePacks packs = new RulePacks(List.of(Wt2015.pack()));
        CaseService cases = new CaseService(store.cases(), roles, boards, packs, CLOCK, (before, after, action) -> { });
        CaseCommands commands = new CaseCommands(store.cases(), store.transcripts(), cases, roles, boards, CLOCK,
                (chair, posted) -> true);
        return new ScopingService(PackConversations.of(new Conversation(Wt2015.pack(), boards, CLOCK)), store.conversations(),
                store.transcripts(), store.cases(), CLOCK, Optional.of(commands), record -> { });
    }

    private static void say(ScopingService service, ConversationKey key, String text) {
        assertThat(service.handle(new ScopingService.Incoming(key, PortFixtures.PRACTITIONER, Optional.empty(),
                new Inbound.TextMessage(text), Optional.empty())).stored()).isTrue();
    }
}
