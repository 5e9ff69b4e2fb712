package uk.lscb.casereview.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;
import uk.lscb.casereview.core.transcripts.Transcripts;

public final class InMemoryTranscripts implements Transcripts {
    private final Map<ConversationKey, TreeMap<Long, TranscriptEntry>> store = new ConcurrentHashMap<>();

    @Override
    public synchronized void append(List<TranscriptEntry> entries) {
        for (TranscriptEntry entry : entries) {
            store.computeIfAbsent(entry.conversation(), key -> new TreeMap<>()).putIfAbsent(entry.sequence(), entry);
        }
    }

    @Override
    public synchronized List<TranscriptEntry> ofConversation(ConversationKey conversation) {
        return new ArrayList<>(store.getOrDefault(conversation, new TreeMap<>()).values());
    }

    @Override
    public synchronized List<TranscriptEntry> ofCase(String caseId) {
        return store.values().stream().flatMap(entries -> entries.values().stream())
                .filter(entry -> entry.caseId().filter(caseId::equals).isPresent())
                .sorted(Comparator.comparing(TranscriptEntry::at)
                        .thenComparing(entry -> entry.conversation().asString())
                        .thenComparingLong(TranscriptEntry::sequence))
                .toList();
    }

    @Override
    public synchronized void linkToCase(ConversationKey conversation, long from, long to, String caseId) {
        TreeMap<Long, TranscriptEntry> entries = store.get(conversation);
        if (entries == null) {
            return;
        }
        entries.subMap(from, true, to, true).replaceAll((sequence, entry) -> entry.linkedTo(caseId));
    }
}
