package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document's new image is recorded with its stored BSON spliced into the record, not decoded and encoded again: the
 * record must be byte for byte what encoding the whole record gives, which is what the journal has always held and
 * what replaying it reads.
 */
class JournalRecordTest {

    static Stream<Document> documents() {
        return Stream.of(
                new Document("_id", "a"),
                new Document("_id", 7L).append("answers", List.of("yes", "no", "not known"))
                        .append("outbox", List.of(new Document("to", "chair").append("text", "Décision requise — ✓"))),
                new Document("_id", new Document("board", "stoke-on-trent").append("n", 1))
                        .append("empty", new Document()).append("text", "x".repeat(70_000)));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aPutRecordSplicedFromTheStoredBsonIsTheRecordEncodedWhole(Document document) {
        byte[] spliced = Journal.put("casereview", "conversations", BsonBytes.encode(document));

        Document whole = new Document("op", "put").append("db", "casereview").append("coll", "conversations")
                .append("doc", document);
        assertThat(spliced).isEqualTo(BsonBytes.encode(whole));
        assertThat(BsonBytes.decode(spliced)).isEqualTo(whole);
    }
}
