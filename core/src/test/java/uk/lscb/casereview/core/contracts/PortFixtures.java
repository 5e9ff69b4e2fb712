package uk.lscb.casereview.core.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
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

    /** The safeguarding partners' lead representatives of {@link #partnership}: one on each platform. */
    public static final UserRef LA_LEAD = new UserRef(Platform.TEAMS, "aad-la-lead", "LA lead");
    public static final UserRef ICB_LEAD = new UserRef(Platform.SLACK, "UICBLEAD", "ICB lead");
    public static final UserRef POLICE_LEAD = new UserRef(Platform.LOCAL, "partner-police", "Police lead");

    /**
     * A partnership whose decision needs {@code needed} partners: {@link #LA_LEAD}, {@link #ICB_LEAD} and
     * {@link #POLICE_LEAD}, and a local scrutineer.
     */
    public static Partnership partnership(int needed) {
        return new Partnership(Map.of(PartnerRole.LOCAL_AUTHORITY, Set.of(Roles.PlatformId.of(LA_LEAD)),
                PartnerRole.INTEGRATED_CARE_BOARD, Set.of(Roles.PlatformId.of(ICB_LEAD)),
                PartnerRole.POLICE, Set.of(Roles.PlatformId.of(POLICE_LEAD))), needed,
                Set.of(new Roles.PlatformId(Platform.LOCAL, "scrutineer")));
    }

    /** Staffordshire on wt2023 with {@link #partnership} of all three, and Stoke-on-Trent on wt2015. */
    public static Boards partnershipBoards() {
        return new Boards(List.of(new Board(STAFFORDSHIRE, "Staffordshire", List.of("Staffs", "SSCB"), Wt2023.ID,
                        Optional.of(partnership(Partnership.ALL))),
                new Board(new BoardId("stoke-on-trent"), "Stoke-on-Trent", List.of("Stoke", "SOT", "SOTSCB"))));
    }

    /** The case as it is once this partner's lead has agreed, or disagreed for {@code reason}, under a rule of all. */
    public static CaseRecord confirmed(CaseRecord record, UserRef lead, PartnerRole role, Optional<String> reason,
                                       Instant at) {
        CaseLifecycle.Result result = CaseLifecycle.apply(record, new CaseAction.PartnerConfirms(lead, role,
                reason.isEmpty(), reason, Partnership.ALL), at);
        return ((CaseLifecycle.Result.Applied) result).next();
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
