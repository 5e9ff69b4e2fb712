package uk.lscb.casereview.core.rules.wt2023;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.PackDeadline;
import uk.lscb.casereview.core.rules.PackDeadlines;
import uk.lscb.casereview.core.rules.Recommendation;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * The notification (5 working days) and the rapid review (15 working days) from the day the local authority
 * became aware, day 0 (Working Together 2023 chapter 5, notifications and rapid reviews).
 */
class Wt2023DeadlinesTest {

    @ParameterizedTest(name = "aware {0} ({3}): notify by {1}, rapid review by {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-20 | 2026-11-27 | 2026-12-11 | a Friday
        2026-11-21 | 2026-11-27 | 2026-12-11 | a Saturday: day 1 is Monday
        2026-08-28 | 2026-09-07 | 2026-09-21 | the Friday before the summer bank holiday
        2026-05-01 | 2026-05-11 | 2026-05-26 | the Friday before the early May bank holiday, and the spring one
        2026-12-18 | 2026-12-29 | 2027-01-13 | over Christmas, the Boxing Day substitute and New Year's Day
        2026-12-23 | 2027-01-04 | 2027-01-18 | the day before Christmas Eve
        2026-04-01 | 2026-04-10 | 2026-04-24 | over Easter 2026
        2027-03-25 | 2027-04-05 | 2027-04-19 | over Easter 2027, the weekend the clocks go forward
        2026-10-23 | 2026-10-30 | 2026-11-13 | the Friday before the clocks go back
        """)
    void dueDatesCountWorkingDaysFromTheDayOfAwareness(LocalDate aware, LocalDate notify, LocalDate rapid, String what) {
        assertThat(Wt2023Deadline.PANEL_NOTIFICATION.due(aware)).as(what).isEqualTo(notify);
        assertThat(Wt2023Deadline.RAPID_REVIEW.due(aware)).as(what).isEqualTo(rapid);
    }

    @ParameterizedTest(name = "aware at {0}: notify by {1}")
    @CsvSource({
        "2026-03-29T23:30:00Z, 2026-04-08", // 00:30 BST Monday 30 March in London, not Sunday 29 (UTC)
        "2026-10-22T23:30:00Z, 2026-10-30", // 00:30 BST Friday 23 October, the week the clocks go back
    })
    void theDayOfAwarenessIsTheLondonDate(Instant awareAt, LocalDate notify) {
        assertThat(Wt2023Deadline.PANEL_NOTIFICATION.due(London.dateOf(awareAt))).isEqualTo(notify);
    }

    @ParameterizedTest(name = "aware {0}: the pack declares notify by {1}, rapid review by {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-08-26 | 2026-09-03 | 2026-09-17
        2026-12-23 | 2027-01-04 | 2027-01-18
        """)
    void thePackDeclaresItsDeadlinesToTheEngineFromAwareOn(LocalDate aware, LocalDate notify, LocalDate rapid) {
        PackDeadlines declared = Wt2023.pack().deadlines().orElseThrow();
        Recommendation notifiable = Wt2023.pack().recommend(Answers.decode(Wt2023.pack(), Map.ofEntries(
                Map.entry("board", "stoke-on-trent"), Map.entry("case_reference", "CSPR-2026-014"),
                Map.entry("aware_on", aware.toString()), Map.entry("abuse_or_neglect", "yes"),
                Map.entry("child_died", "no"), Map.entry("seriously_harmed", "yes"), Map.entry("in_area", "yes"),
                Map.entry("improvements_needed", "yes"), Map.entry("recurrent_themes", "no"),
                Map.entry("agencies_working_together", "no"), Map.entry("panel_advised_local_review", "no")),
                Set.of()));

        assertThat(declared.dayZero()).isEqualTo(Wt2023Ids.AWARE_ON);
        assertThat(declared.following(notifiable)).extracting(PackDeadline::id, deadline -> deadline.due(aware))
                .containsExactly(tuple("PANEL_NOTIFICATION", notify), tuple("RAPID_REVIEW", rapid));
    }

    @Test
    void aPackDeclaresItsDeadlinesFromADateQuestionOnly() {
        RulePack pack = Wt2023.pack();

        assertThatThrownBy(() -> new RulePack(pack.id(), pack.version(), pack.title(), pack.questions(),
                pack.decision(), pack.contradictions(), Optional.of(new PackDeadlines(Wt2023Ids.CHILD_DIED,
                        recommendation -> List.of()))))
                .hasMessage("deadlines counted from child_died, not a date question of wt2023");
        assertThat(Wt2015.pack().deadlines()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PANEL_NOTIFICATION, 5", "RAPID_REVIEW, 15"})
    void eachDeadlineCitesItsWorkingDays(Wt2023Deadline deadline, int days) {
        assertThat(deadline.workingDays()).isEqualTo(days);
        assertThat(deadline.citation().passage()).contains(days + " working days");
    }
}
