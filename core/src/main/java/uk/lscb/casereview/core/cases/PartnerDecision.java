package uk.lscb.casereview.core.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.PartnerRole;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.DecisionMaker;
import uk.lscb.casereview.core.rules.Outcome;

/**
 * The safeguarding partners' confirmations on a case and the partnership's rule, for a case its safeguarding
 * partners decide: each partner's lead representative agrees or disagrees with the recommendation (a reason when
 * they disagree); the decision stands when {@code needed} partners take the same side, and is then the recommended
 * outcome, or the pack's other one when they disagree with it. The confirmations are read from the case's audit
 * trail ({@value #CONFIRMED} entries, the latest per partner counting), which is where they are recorded.
 *
 * @param confirmations each partner's latest confirmation, in the partners' order
 * @param needed        how many partners must take the same side ({@link Partnership#needed()})
 */
public record PartnerDecision(Map<PartnerRole, Confirmation> confirmations, int needed) {
    /** The audit trail's action for a partner's confirmation; its values are {@link #ROLE}, {@link #AGREES}, {@link #REASON}. */
    public static final String CONFIRMED = "partner confirmed";
    static final String ROLE = "role";
    static final String AGREES = "agrees";
    static final String REASON = "reason";

    /** One partner's confirmation: who confirmed for it, when, on which side, and why when disagreeing. */
    public record Confirmation(PartnerRole role, UserRef who, Instant at, boolean agrees, Optional<String> reason) {
        /** "agrees" or "disagrees: <reason>". */
        public String position() {
            return agrees ? "agrees" : "disagrees" + reason.map(why -> ": " + why).orElse("");
        }
    }

    public PartnerDecision {
        Map<PartnerRole, Confirmation> copy = new EnumMap<>(PartnerRole.class);
        copy.putAll(confirmations);
        confirmations = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The partnership that decides the case: its board's, when the case's pack leaves the decision to the safeguarding
     * partners and the board has one; empty when the Chair decides it.
     */
    public static Optional<Partnership> decidingFor(CaseRecord record, Boards boards) {
        return record.recommendation().outcome().decidedBy() != DecisionMaker.SAFEGUARDING_PARTNERS ? Optional.empty()
                : boards.get(record.board()).flatMap(Board::partnership);
    }

    /** As {@link #decidingFor(CaseRecord, Boards)}, from who is who (the deliveries know the people, not the boards). */
    public static boolean decidesTheCase(CaseRecord record, Roles roles) {
        return record.recommendation().outcome().decidedBy() == DecisionMaker.SAFEGUARDING_PARTNERS
                && roles.partnership(record.board()).isPresent();
    }

    /** The confirmations recorded on a case so far, under a rule needing {@code needed} partners. */
    public static PartnerDecision of(CaseRecord record, int needed) {
        Map<PartnerRole, Confirmation> latest = new EnumMap<>(PartnerRole.class);
        for (AuditEvent event : record.audit()) {
            if (!event.action().equals(CONFIRMED)) {
                continue;
            }
            PartnerRole.byKey(event.values().getOrDefault(ROLE, "")).ifPresent(role -> latest.put(role,
                    new Confirmation(role, event.who(), event.at(), "true".equals(event.values().get(AGREES)),
                            Optional.ofNullable(event.values().get(REASON)))));
        }
        return new PartnerDecision(latest, needed);
    }

    public Optional<Confirmation> of(PartnerRole role) {
        return Optional.ofNullable(confirmations.get(role));
    }

    private long count(boolean agrees) {
        return confirmations.values().stream().filter(c -> c.agrees() == agrees).count();
    }

    private long pending() {
        return PartnerRole.values().length - confirmations.size();
    }

    /** Whether the decision stands: with the recommendation (true) or against it (false); empty while it is open. */
    public Optional<Boolean> stands() {
        if (count(true) >= needed) {
            return Optional.of(true);
        }
        return count(false) >= needed ? Optional.of(false) : Optional.empty();
    }

    /**
     * Whether the partners differ so that the rule cannot be met as they stand: neither side can reach {@code needed}
     * even if every partner still to confirm joined it. The decision then stays open until a partner changes side.
     */
    public boolean deadlocked() {
        return stands().isEmpty() && count(true) + pending() < needed && count(false) + pending() < needed;
    }

    /** The partners' positions in words, each by role ("Local authority agrees; Police … disagrees: …; … not yet"). */
    public String positions() {
        List<String> lines = new ArrayList<>();
        for (PartnerRole role : PartnerRole.values()) {
            lines.add(role.label() + ": " + of(role).map(Confirmation::position).orElse("not yet confirmed"));
        }
        String said = String.join("; ", lines);
        // A reason ending a sentence of its own ends the line too (never "..").
        return said.endsWith(".") || said.endsWith("?") || said.endsWith("!") ? said : said + ".";
    }

    /** The reasons of the partners who disagree, by role, for the decision's reason when it goes against the advice. */
    String reasonsAgainst() {
        return String.join("; ", confirmations.values().stream().filter(c -> !c.agrees())
                .map(c -> c.role().label() + ": " + c.reason().orElse("")).toList());
    }

    /** The outcome a decision against the recommendation comes to: the pack's one other outcome, if it has one. */
    static Optional<Outcome> otherThan(Outcome recommended, String pack) {
        List<Outcome> others = Arrays.stream(Outcome.values()).filter(Outcome::decidable)
                .filter(outcome -> outcome.belongsTo(pack)).filter(outcome -> outcome != recommended).toList();
        return others.size() == 1 ? Optional.of(others.get(0)) : Optional.empty();
    }

    /** The rule in words: "all three partners must agree" or "two of the three partners must agree". */
    public static String rule(int needed) {
        return (needed == Partnership.ALL ? "all three partners" : "two of the three partners") + " must take the "
                + "same side";
    }
}
