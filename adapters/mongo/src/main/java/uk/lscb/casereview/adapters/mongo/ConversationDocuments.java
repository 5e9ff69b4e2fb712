package uk.lscb.casereview.adapters.mongo;

import static uk.lscb.casereview.adapters.mongo.Documents.documents;
import static uk.lscb.casereview.adapters.mongo.Documents.mapped;
import static uk.lscb.casereview.adapters.mongo.Documents.number;
import static uk.lscb.casereview.adapters.mongo.Documents.required;
import static uk.lscb.casereview.adapters.mongo.Documents.strings;
import static uk.lscb.casereview.adapters.mongo.Documents.subdocument;

import java.time.LocalDate;
import java.util.Optional;
import org.bson.Document;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Phase;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.rules.QuestionId;

/**
 * A stored conversation: {@code {_id: "<channel length>:<channel>/<id>", key: {channel, id}, schemaVersion, version,
 * state: {schemaVersion, rulePack, phase, answers, current?, pendingDate?}, nextSequence, referralStart,
 * outbox: [entry...], pendingReferral?, owing, recentInbound: [...], participant, undelivered?}}; {@code owing} is true
 * while the outbox is not empty; {@code undelivered} is there, true, only while the last turn's replies are known not
 * to have reached the person. The whole conversation is one document, so one write commits a turn.
 */
final class ConversationDocuments {
    static final String VERSION = "version";
    static final String KEY = "key";
    static final String OWING = "owing";
    private static final String UNDELIVERED = "undelivered";

    private final RulesDocuments rules;

    ConversationDocuments(RulesDocuments rules) {
        this.rules = rules;
    }

    static Document conversation(StoredConversation conversation) {
        Document document = new Document("_id", Documents.id(conversation.key()))
                .append(KEY, Documents.key(conversation.key()))
                .append(Documents.SCHEMA_FIELD, Documents.SCHEMA_VERSION)
                .append(VERSION, conversation.version())
                .append("state", state(conversation.state()))
                .append("nextSequence", conversation.nextSequence())
                .append("referralStart", conversation.referralStart())
                .append("outbox", conversation.outbox().stream().map(TranscriptDocuments::entry).toList());
        conversation.pendingReferral().ifPresent(referral ->
                document.append("pendingReferral", RulesDocuments.referral(referral)));
        document.append(OWING, conversation.hasOutbox())
                .append("recentInbound", conversation.recentInbound())
                .append("participant", Documents.user(conversation.participant()));
        if (conversation.undelivered()) {
            document.append(UNDELIVERED, true);
        }
        return document;
    }

    StoredConversation conversation(Document document) {
        Documents.checkSchema(document, "conversation");
        return new StoredConversation(Documents.key(subdocument(document, KEY)), number(document, VERSION),
                state(subdocument(document, "state")), number(document, "nextSequence"),
                number(document, "referralStart"),
                mapped(documents(document, "outbox"), TranscriptDocuments::entry),
                Optional.ofNullable(document.get("pendingReferral", Document.class)).map(rules::referral),
                strings(document, "recentInbound"), Documents.user(subdocument(document, "participant")),
                document.containsKey(UNDELIVERED) && required(document, UNDELIVERED, Boolean.class));
    }

    /** A conversation stored with its key as a sub-document {@code _id}, as it is stored now. */
    static Document rekeyed(Document old) {
        Document key = subdocument(old, "_id");
        Document document = new Document("_id", Documents.id(Documents.key(key))).append(KEY, key);
        old.forEach((field, value) -> {
            if (!field.equals("_id")) {
                document.append(field, value);
            }
        });
        return document;
    }

    private static Document state(ConversationState state) {
        Document document = new Document("schemaVersion", state.schemaVersion())
                .append("rulePack", state.rulePack())
                .append("phase", state.phase().name())
                .append("answers", RulesDocuments.answers(state.answers()));
        state.current().ifPresent(question -> document.append("current", question.value()));
        state.pendingDate().ifPresent(date -> document.append("pendingDate", Documents.date(date)));
        return document;
    }

    private ConversationState state(Document document) {
        String rulePack = required(document, "rulePack", String.class);
        return new ConversationState((int) number(document, "schemaVersion"), rulePack,
                Phase.valueOf(required(document, "phase", String.class)),
                rules.answers(subdocument(document, "answers"), rulePack),
                Optional.ofNullable(document.getString("current")).map(QuestionId::of),
                Optional.ofNullable(document.getString("pendingDate")).map(LocalDate::parse));
    }
}
