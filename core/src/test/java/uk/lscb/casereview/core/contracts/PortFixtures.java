package uk.lscb.casereview.core.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Phase;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/** Object mother for the storage contracts: a referral, a case, a conversation, transcript entries. */
public final class PortFixtures {
    public static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    public static final UserRef PRACTITIONER = new UserRef(Platform.LOCAL, "practitioner-1", "A practitioner");
    public static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");

    private PortFixtures() {
    }

    public static RulePack pack() {
        return Wt2015.pack();
    }

    /** Complete answers for a child who died with neglect suspected: a Serious Case Review. */
    public static Answers deathWithNeglect(String reference) {
        Map<String, String> encoded = new java.util.LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", reference);
        encoded.put("notified_on", "2026-11-20");
        encoded.put("abuse_or_neglect", "yes");
        encoded.put("child_died", "yes");
        encoded.put("died_in_custody", "no");
        encoded.put("suspected_suicide", "unsure");
        encoded.put("further_audit_needed", "yes");
        return Answers.decode(pack(), encoded, Set.of());
    }

    public static Referral referral(String reference) {
        Answers answers = deathWithNeglect(reference);
        return new Referral(STAFFORDSHIRE, new CaseReference(reference), LocalDate.parse("2026-11-20"), answers,
                pack().recommend(answers));
    }

    /**
     * A wt2023 case for Staffordshire: a child seriously harmed, abuse known, in the area, the local authority aware on
     * Friday 20 November 2026, criterion (a) only: a local child safeguarding practice review, the Panel notified.
     */
    public static CaseRecord wt2023CaseRecord(String reference, ConversationKey origin, Instant at) {
        return CaseRecord.referred(wt2023Referral(reference), PRACTITIONER, origin, at);
    }

    /** A referral on rule pack wt2023 to Staffordshire: a seriously harmed child in the area, aware on 20 November. */
    public static Referral wt2023Referral(String reference) {
        Map<String, String> encoded = new java.util.LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", reference);
        encoded.put("aware_on", "2026-11-20");
        encoded.put("abuse_or_neglect", "yes");
        encoded.put("child_died", "no");
        encoded.put("seriously_harmed", "yes");
        encoded.put("in_area", "yes");
        encoded.put("improvements_needed", "yes");
        encoded.put("recurrent_themes", "no");
        encoded.put("agencies_working_together", "no");
        encoded.put("panel_advised_local_review", "no");
        Answers answers = Answers.decode(Wt2023.pack(), encoded, Set.of());
        return new Referral(STAFFORDSHIRE, new CaseReference(reference), LocalDate.parse("2026-11-20"), answers,
                Wt2023.pack().recommend(answers));
    }

    public static CaseRecord caseRecord(String reference, ConversationKey origin, Instant at) {
        return CaseRecord.referred(referral(reference), PRACTITIONER, origin, at);
    }

    public static ConversationState askingChildDied(String reference) {
        Answers answers = deathWithNeglect(reference);
        Answers partial = Answers.none();
        for (String id : List.of("board", "case_reference", "notified_on", "abuse_or_neglect")) {
            partial = partial.with(QuestionId.of(id), answers.get(QuestionId.of(id)).orElseThrow());
        }
        return new ConversationState(ConversationState.SCHEMA_VERSION, "wt2015", Phase.ASKING, partial,
                Optional.of(QuestionId.of("child_died")), Optional.empty());
    }

    public static TranscriptEntry entry(ConversationKey key, long sequence, String text) {
        return new TranscriptEntry(key, sequence, AT.plusSeconds(sequence), sequence % 2 == 1
                ? TranscriptEntry.Direction.INBOUND : TranscriptEntry.Direction.OUTBOUND,
                sequence % 2 == 1 ? PRACTITIONER : UserRef.BOT, "text", text, Optional.empty(), Optional.empty());
    }
}
