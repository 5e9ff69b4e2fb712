package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.store.StoreUnavailableException;

/**
 * A store that fails a call for any reason is a store failure the caller can answer with "try again", not an
 * exception of the driver that ends as a 500 with the driver's message (which quotes the document's key).
 */
class FailuresTest {

    @Test
    void aWriteTheServerRefusedBecomesAStoreFailureNamingTheOperationAndTheCodeButNotTheDocument() {
        MongoWriteException refused = new MongoWriteException(new WriteError(2,
                "E11000-like failure for _id 5:teams/PERSON/29:someone-personal", new BsonDocument()),
                new ServerAddress(), Set.of());

        assertThatThrownBy(() -> Failures.during("saving an address", () -> {
            throw refused;
        })).isInstanceOf(StoreUnavailableException.class).hasCause(refused)
                .hasMessage("MongoDB failed: saving an address (MongoWriteException, code 2)")
                .message().doesNotContain("someone-personal");
    }

    @Test
    void aCommandTheServerFailedBecomesAStoreFailure() {
        MongoCommandException failed = new MongoCommandException(new BsonDocument("ok", new BsonInt32(0))
                .append("code", new BsonInt32(8000)).append("errmsg", new BsonString("internal: 29:someone")),
                new ServerAddress());

        assertThatThrownBy(() -> Failures.run("updating a conversation", () -> {
            throw failed;
        })).isInstanceOf(StoreUnavailableException.class)
                .hasMessage("MongoDB failed: updating a conversation (MongoCommandException, code 8000)");
    }

    @Test
    void anUnreachableServerIsStillSaidToBeUnavailable() {
        assertThat(Failures.isUnavailable(new com.mongodb.MongoTimeoutException("no server"))).isTrue();
    }
}
