package uk.lscb.casereview.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.RulePack;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/**
 * A case under wt2023 names its pack, and the deadlines the pack declares, counted in working days from the day the
 * local authority became aware (day 0; Working Together 2023 ch. 5 as the pack cites it), on the Chair's card and in
 * the case view; a wt2015 case shows neither, as before.
 */
class PackViewTest {
    private static final RulePacks PACKS = new RulePacks(List.of(Wt2015.pack(), Wt2023.pack()));
    private static final PackView VIEW = new PackView(PACKS);

    private static CaseRecord referred(RulePack pack, String dateId, LocalDate day0, Map<String, String> answers) {
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", "REF-2026-001");
        encoded.put(dateId, day0.toString());
        encoded.putAll(answers);
        Answers decoded = Answers.decode(pack, encoded, Set.of());
        return CaseRecord.referred(new Referral(PortFixtures.STAFFORDSHIRE, new CaseReference("REF-2026-001"), day0,
                decoded, pack.recommend(decoded)), PortFixtures.PRACTITIONER,
                new ConversationKey(Platform.TEAMS, "conv"), PortFixtures.AT);
    }

    private static CaseRecord wt2023(LocalDate awareOn, String seriouslyHarmed) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("abuse_or_neglect", "yes");
        answers.put("child_died", "no");
        answers.put("seriously_harmed", seriouslyHarmed);
        if (!seriouslyHarmed.equals("no")) {
            answers.put("in_area", "yes");
            answers.put("improvements_needed", "yes");
            answers.put("recurrent_themes", "no");
            answers.put("agencies_working_together", "no");
            answers.put("panel_advised_local_review", "no");
        }
        return referred(Wt2023.pack(), "aware_on", awareOn, answers);
    }

    private static Map<String, String> facts(List<Fact> facts) {
        Map<String, String> byLabel = new LinkedHashMap<>();
        facts.forEach(fact -> byLabel.put(fact.label(), fact.value()));
        return byLabel;
    }

    @ParameterizedTest(name = "aware {0} ({3}): notify by {1}, rapid review by {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-20 | 2026-11-27 | 2026-12-11 | a Friday
        2026-08-26 | 2026-09-03 | 2026-09-17 | across the summer bank holiday
        2026-12-23 | 2027-01-04 | 2027-01-18 | over Christmas and New Year
        2026-04-01 | 2026-04-10 | 2026-04-24 | over Easter
        2026-10-23 | 2026-10-30 | 2026-11-13 | across the clocks going back
        """)
    void theCardAndTheCaseViewNameThePackAndItsDeadlinesInWorkingDays(LocalDate aware, LocalDate notify,
                                                                       LocalDate rapid, String what) {
        CaseRecord record = wt2023(aware, "yes");

        assertThat(VIEW.deadlines(record)).as(what).extracting(dated -> dated.deadline().id(), PackView.Dated::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PANEL_NOTIFICATION", notify),
                        org.assertj.core.groups.Tuple.tuple("RAPID_REVIEW", rapid));
        Map<String, String> card = facts(DecisionCard.of(record, Boards.staffordshireAndStoke(), PACKS).facts());
        assertThat(card).as(what)
                .containsEntry("Rule pack", "wt2023 " + Wt2023.VERSION + ": " + Wt2023.pack().title())
                .containsEntry("Local authority aware on", UkDates.format(aware))
                .containsEntry("Serious incident notification to the Child Safeguarding Practice Review Panel due by",
                        UkDates.format(notify) + " (5 working days)")
                .containsEntry("Rapid review completed and sent to the Panel due by",
                        UkDates.format(rapid) + " (15 working days)");
        List<CaseViews.Section> sections = VIEW.of(record, PortFixtures.PRACTITIONER);
        assertThat(sections).singleElement().satisfies(section -> assertThat(facts(section.facts()))
                .containsEntry("Rule pack", "wt2023 " + Wt2023.VERSION + ": " + Wt2023.pack().title())
                .containsEntry("Rapid review completed and sent to the Panel", "due " + UkDates.format(rapid)
                        + ": 15 working days after " + UkDates.format(aware)));
    }

    @Test
    void anIncidentNotNotifiableSetsNoDeadlinesButStillNamesThePack() {
        CaseRecord record = wt2023(LocalDate.parse("2026-11-20"), "no");

        assertThat(VIEW.deadlines(record)).isEmpty();
        assertThat(VIEW.of(record, PortFixtures.PRACTITIONER)).singleElement()
                .satisfies(section -> assertThat(section.facts()).extracting(Fact::label).containsExactly("Rule pack"));
    }

    @Test
    void aWt2015CaseIsShownAsBefore() {
        CaseRecord record = referred(Wt2015.pack(), "notified_on", LocalDate.parse("2026-11-20"), Map.of(
                "abuse_or_neglect", "yes", "child_died", "yes", "died_in_custody", "no", "suspected_suicide", "no",
                "further_audit_needed", "no"));

        assertThat(VIEW.of(record, PortFixtures.PRACTITIONER)).isEmpty();
        assertThat(DecisionCard.of(record, Boards.staffordshireAndStoke(), PACKS).facts()).extracting(Fact::label)
                .contains("LSCB notified on").doesNotContain("Rule pack");
    }
}
