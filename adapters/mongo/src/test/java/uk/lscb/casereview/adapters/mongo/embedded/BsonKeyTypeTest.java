package uk.lscb.casereview.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The embedded store's keys are ordered exactly as mongo-java-server's {@link ValueComparator} orders them. */
class BsonKeyTypeTest {
    private static final ValueComparator SERVER = ValueComparator.ascWithoutListHandling();
    private static final ObjectId EARLIER = new ObjectId("5f0000000000000000000001");
    private static final ObjectId LATER = new ObjectId("5f0000000000000000000002");

    /** Each kind the fast comparison takes, its edges, and kinds it leaves to the server's comparator. */
    private static final List<Object> VALUES = Arrays.asList("", "a", "b", "ab", "Z", "é", "SCR-2026-001",
            "SCR-2026-010", 0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53, (1L << 53) + 1, 0, 1, -1,
            Integer.MAX_VALUE, Integer.MIN_VALUE, 1.5, 2.0, (double) (1L << 53), EARLIER, LATER, Missing.getInstance(),
            null, Instant.parse("2026-12-03T10:00:00Z"), true, false, new Document("a", 1));

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                pairs.add(Arguments.of(a, b));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} against {1}")
    @MethodSource("pairs")
    void twoValuesAreOrderedAsTheServerOrdersThem(Object a, Object b) {
        assertThat(Integer.signum(BsonKeyType.INSTANCE.compare(a, b))).isEqualTo(Integer.signum(SERVER.compare(a, b)));
    }

    @ParameterizedTest(name = "({0}, 7) against ({1}, 7)")
    @MethodSource("pairs")
    void twoIndexKeysAreOrderedByTheirFieldsInTurnAsTheServerOrdersEach(Object a, Object b) {
        KeyValue left = new KeyValue(Arrays.asList(a, 7L));
        KeyValue right = new KeyValue(Arrays.asList(b, 7L));

        assertThat(Integer.signum(BsonKeyType.INSTANCE.compare(left, right)))
                .isEqualTo(Integer.signum(SERVER.compare(a, b)));
    }

    @Test
    void aKeyThatBeginsAnotherComesBeforeIt() {
        KeyValue conversation = new KeyValue(List.of("msteams", "a:1"));
        KeyValue entry = new KeyValue(List.of("msteams", "a:1", 3L));

        assertThat(BsonKeyType.INSTANCE.compare(conversation, entry)).isNegative();
        assertThat(BsonKeyType.INSTANCE.compare(entry, conversation)).isPositive();
        assertThat(BsonKeyType.INSTANCE.compare(entry, new KeyValue(List.of("msteams", "a:1", 3)))).isZero();
    }
}
