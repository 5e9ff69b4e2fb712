package uk.lscb.casereview.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.PackDeadline;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * What a case's rule pack says of it, where the pack is not the boards' own framework ({@code wt2015}, whose cases
 * are shown as they always were): which pack and version the case follows, and the deadlines the pack declares, each
 * due so many working days after the case's day 0 (for {@code wt2023}, the day the local authority became aware).
 */
public final class PackView implements CaseViews.Sections {
    private final RulePacks packs;

    public PackView(RulePacks packs) {
        this.packs = Objects.requireNonNull(packs, "packs");
    }

    /** One of the deadlines a case's pack sets, with its due date. */
    public record Dated(PackDeadline deadline, LocalDate dayZero, LocalDate due) {
    }

    /** "wt2023 1.0.0: Serious incident notification, …": the pack a case follows, as every message names it. */
    public String named(CaseRecord record) {
        RulePackRef ref = record.recommendation().rulePack();
        return ref + ": " + packs.find(ref.id()).map(RulePack::title).orElse("no longer in this deployment");
    }

    /** Whether a case's messages name its pack: every pack's but the boards' own framework's. */
    public static boolean namesThePack(CaseRecord record) {
        return !record.recommendation().rulePack().id().equals(Board.DEFAULT_RULE_PACK);
    }

    /** The deadlines the case's pack sets for it, in the pack's order; none when it sets none. */
    public List<Dated> deadlines(CaseRecord record) {
        Optional<RulePack> pack = packs.find(record.recommendation().rulePack().id());
        List<Dated> dated = new ArrayList<>();
        pack.flatMap(RulePack::deadlines).ifPresent(declared -> {
            LocalDate dayZero = record.answers().date(declared.dayZero()).orElse(record.notifiedOn());
            declared.following(record.recommendation())
                    .forEach(deadline -> dated.add(new Dated(deadline, dayZero, deadline.due(dayZero))));
        });
        return dated;
    }

    /** Whether the case stores this deadline (and "What is due next" lists it): every case referred since they do. */
    private static boolean stored(CaseRecord record, Dated dated) {
        return DeadlineKind.declared(record.recommendation().rulePack().id(), dated.deadline().id())
                .flatMap(record::deadline).isPresent();
    }

    /**
     * The pack a case follows and, of the deadlines it declares, those the case does not store itself (a case referred
     * before cases stored them): a stored deadline is shown with the case's others, once.
     */
    @Override
    public List<CaseViews.Section> of(CaseRecord record, UserRef who) {
        if (!namesThePack(record)) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Rule pack", named(record)));
        for (Dated dated : deadlines(record)) {
            if (stored(record, dated)) {
                continue;
            }
            facts.add(Fact.of(dated.deadline().label(), "due " + UkDates.format(dated.due()) + ": "
                    + dated.deadline().workingDays() + " working days after " + UkDates.format(dated.dayZero())));
        }
        return List.of(new CaseViews.Section("The law this case follows", facts, List.of()));
    }
}
