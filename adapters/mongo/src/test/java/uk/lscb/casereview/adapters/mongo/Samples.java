package uk.lscb.casereview.adapters.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lscb.casereview.core.cases.CaseAction;
import uk.lscb.casereview.core.cases.CaseLifecycle;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.conversation.ConversationState;
import uk.lscb.casereview.core.conversation.Phase;
import uk.lscb.casereview.core.conversation.StoredConversation;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Question;
import uk.lscb.casereview.core.rules.QuestionId;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.transcripts.TranscriptEntry;

/** Object mother for this module's own tests: richer than the contracts' fixtures. */
final class Samples {
    /** An instant with a part finer than a millisecond, as {@code Clock.systemUTC()} gives on Linux. */
    static final Instant FINE = Instant.parse("2026-11-28T10:15:30.123456789Z");
    static final UserRef CHAIR = new UserRef(Platform.TEAMS, "00000000-aaaa-bbbb-cccc-000000000001", "Independent Chair");

    private Samples() {
    }

    /**
     * Answers every question the flow asks: those given as wanted, the rest "no" (board, reference and date
     * filled in), with the board implied by the channel.
     */
    static Answers answered(String reference, Map<String, String> wanted) {
        RulePack pack = Wt2015.pack();
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        Answers answers = Answers.decode(pack, encoded, Set.of("board"));
        for (Optional<Question> next = pack.next(answers); next.isPresent(); next = pack.next(answers)) {
            String id = next.get().id().value();
            encoded.put(id, switch (id) {
                case "case_reference" -> reference;
                case "notified_on" -> "2026-11-20";
                default -> wanted.getOrDefault(id, "no");
            });
            answers = Answers.decode(pack, encoded, Set.of("board"));
        }
        return answers;
    }

    /** Not sure about abuse or neglect, the child died, agencies' work together suspected: a possible SCR. */
    static Referral possibleSeriousCaseReview(String reference) {
        Answers answers = answered(reference, Map.of("abuse_or_neglect", "unsure", "child_died", "yes",
                "multi_agency_negative_impact", "yes", "further_audit_needed", "unsure"));
        return new Referral(new BoardId("staffordshire"), new CaseReference(reference), LocalDate.parse("2026-11-20"),
                answers, Wt2015.pack().recommend(answers));
    }

    static TranscriptEntry entry(ConversationKey key, long sequence, Instant at, String text, Optional<String> payload) {
        return new TranscriptEntry(key, sequence, at, TranscriptEntry.Direction.OUTBOUND, UserRef.BOT, "ask", text,
                payload, Optional.empty());
    }

    /** A conversation confirming a date, with an outbox of two entries and a pending possible-SCR referral. */
    static StoredConversation withOutboxAndReferral(ConversationKey key) {
        Answers partial = Answers.none().withImplied(QuestionId.of("board"),
                        possibleSeriousCaseReview("SCR-X").answers().get(QuestionId.of("board")).orElseThrow())
                .with(QuestionId.of("case_reference"),
                        possibleSeriousCaseReview("SCR-X").answers().get(QuestionId.of("case_reference")).orElseThrow());
        ConversationState confirming = new ConversationState(ConversationState.SCHEMA_VERSION, "wt2015",
                Phase.CONFIRMING, partial, Optional.of(QuestionId.of("notified_on")),
                Optional.of(LocalDate.parse("2024-02-29")));
        StoredConversation fresh = StoredConversation.fresh(key, confirming, PortFixtures.PRACTITIONER);
        return fresh.after(confirming,
                List.of(new TranscriptEntry(key, 1, FINE, TranscriptEntry.Direction.INBOUND, PortFixtures.PRACTITIONER,
                                "button", "Not sure", Optional.of("answer:abuse_or_neglect:unsure"), Optional.empty()),
                        entry(key, 2, FINE.plusMillis(1), "Has the child died? — ✓ “quoted”",
                                Optional.of("child_died"))),
                Optional.of(possibleSeriousCaseReview("SCR-X")), Optional.of("activity-42"), 1, PortFixtures.PRACTITIONER);
    }

    /** A case from a possible-SCR referral, created at a sub-millisecond instant, with a second audit event. */
    static CaseRecord decidedCase(String reference, ConversationKey origin) {
        CaseRecord referred = CaseRecord.referred(possibleSeriousCaseReview(reference), PortFixtures.PRACTITIONER,
                origin, FINE);
        CaseLifecycle.Result decided = CaseLifecycle.apply(referred, new CaseAction.Decide(CHAIR,
                Outcome.SERIOUS_CASE_REVIEW, Optional.of("Criteria met on the Chair's reading"), Optional.empty(),
                List.of("A. Reviewer", "B. Reviewer"), true, false), FINE.plusSeconds(86_400).plusNanos(7));
        CaseRecord record = ((CaseLifecycle.Result.Applied) decided).next();
        CaseLifecycle.Result late = CaseLifecycle.apply(record, new CaseAction.RecordDelay(CHAIR,
                DeadlineKind.NATIONAL_PANEL_NOTIFICATION, "Parallel criminal proceedings"),
                FINE.plusSeconds(86_400 * 40L));
        return ((CaseLifecycle.Result.Applied) late).next();
    }
}
