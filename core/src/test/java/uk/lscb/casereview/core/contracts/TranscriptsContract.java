package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

/** What every {@link Transcripts} implementation does. Extend it with a fresh, empty store. */
public abstract class TranscriptsContract {

    protected abstract Transcripts store();

    private final ConversationKey key = new ConversationKey(Platform.LOCAL, "transcript-" + System.nanoTime());

    @Test
    public void entriesReadBackInSequenceOrder() {
        Transcripts transcripts = store();
        transcripts.append(List.of(PortFixtures.entry(key, 2, "two"), PortFixtures.entry(key, 1, "one")));
        transcripts.append(List.of(PortFixtures.entry(key, 3, "three")));

        assertThat(transcripts.ofConversation(key)).extracting(TranscriptEntry::text)
                .containsExactly("one", "two", "three");
    }

    @Test
    public void appendingTheSameSequenceAgainNeitherDuplicatesNorOverwrites() {
        Transcripts transcripts = store();
        transcripts.append(List.of(PortFixtures.entry(key, 1, "first")));
        transcripts.append(List.of(PortFixtures.entry(key, 1, "retried"), PortFixtures.entry(key, 2, "second")));

        assertThat(transcripts.ofConversation(key)).extracting(TranscriptEntry::text)
                .containsExactly("first", "second");
    }

    @Test
    public void entriesReadBackEqualToWhatWasAppended() {
        Transcripts transcripts = store();
        TranscriptEntry entry = PortFixtures.entry(key, 1, "Don’t know — ünïcödé ✓");
        transcripts.append(List.of(entry));

        assertThat(transcripts.ofConversation(key)).containsExactly(entry);
    }

    @Test
    public void linkingToACaseMarksOnlyTheRangeAndIsIdempotent() {
        Transcripts transcripts = store();
        transcripts.append(List.of(PortFixtures.entry(key, 1, "a"), PortFixtures.entry(key, 2, "b"),
                PortFixtures.entry(key, 3, "c"), PortFixtures.entry(key, 4, "d")));

        transcripts.linkToCase(key, 2, 3, "staffordshire/SCR-9");
        transcripts.linkToCase(key, 2, 3, "staffordshire/SCR-9");

        assertThat(transcripts.ofCase("staffordshire/SCR-9")).extracting(TranscriptEntry::text)
                .containsExactly("b", "c");
        assertThat(transcripts.ofConversation(key).get(0).caseId()).isEmpty();
    }

    @Test
    public void anUnknownConversationOrCaseHasNoEntries() {
        assertThat(store().ofConversation(new ConversationKey(Platform.LOCAL, "nobody"))).isEmpty();
        assertThat(store().ofCase("staffordshire/NONE")).isEmpty();
    }
}
