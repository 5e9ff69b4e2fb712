package uk.lscb.casereview.core.port.memory;

import uk.lscb.casereview.core.port.Transcripts;
import uk.lscb.casereview.core.port.TranscriptsContract;

class InMemoryTranscriptsTest extends TranscriptsContract {
    private final Transcripts store = new InMemoryTranscripts();

    @Override
    protected Transcripts store() {
        return store;
    }
}
