package uk.lscb.casereview.core.memory;

import uk.lscb.casereview.core.contracts.TranscriptsContract;
import uk.lscb.casereview.core.transcripts.Transcripts;

class InMemoryTranscriptsTest extends TranscriptsContract {
    private final Transcripts store = new InMemoryTranscripts();

    @Override
    protected Transcripts store() {
        return store;
    }
}
