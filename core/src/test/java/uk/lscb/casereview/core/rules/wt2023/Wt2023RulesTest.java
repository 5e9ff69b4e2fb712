package uk.lscb.casereview.core.rules.wt2023;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answer;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.Reason;
import uk.lscb.casereview.core.rules.Recommendation;

/**
 * Each rule of the pack, one row a case, with the passage the row checks: the section of the Children Act
 * 2004, the regulation of the 2018 Regulations, or the part of Working Together 2023 chapter 5.
 */
class Wt2023RulesTest {

    @ParameterizedTest(name = "{0}: {1} -> {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
        s16C(1)(a): died here, abuse known | abuse_or_neglect=yes child_died=yes looked_after=no in_area=yes improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | NOTIFY_THE_PANEL RAPID_REVIEW | section 16C(1)
        s16C(1)(a): seriously harmed here | abuse_or_neglect=yes child_died=no seriously_harmed=yes in_area=yes improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | NOTIFY_THE_PANEL RAPID_REVIEW | section 16C(1)
        s16C(1)(b): resident here, harmed outside England | abuse_or_neglect=yes child_died=no seriously_harmed=yes in_area=no resident_harmed_outside_england=yes improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | NOTIFY_THE_PANEL RAPID_REVIEW | section 16C(1)
        s16C(1): elsewhere in England is another authority's | abuse_or_neglect=yes child_died=yes looked_after=no in_area=no resident_harmed_outside_england=no | - | section 16C(1)
        s16C(1): suspected abuse counts (not sure) | abuse_or_neglect=unsure child_died=yes looked_after=no in_area=yes improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | NOTIFY_THE_PANEL RAPID_REVIEW | section 16C(1)
        serious cases: no abuse or neglect, not notifiable | abuse_or_neglect=no child_died=yes looked_after=no | - | serious child safeguarding cases
        serious cases: neither died nor seriously harmed | abuse_or_neglect=yes child_died=no seriously_harmed=no | - | serious child safeguarding cases
        looked-after death, no abuse: Secretary of State and Ofsted | abuse_or_neglect=no child_died=yes looked_after=yes | NOTIFY_SECRETARY_OF_STATE_AND_OFSTED | notifications to the Panel
        looked-after death with abuse: all three | abuse_or_neglect=yes child_died=yes looked_after=yes in_area=yes improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | NOTIFY_THE_PANEL RAPID_REVIEW NOTIFY_SECRETARY_OF_STATE_AND_OFSTED | notifications to the Panel
        """)
    void notificationsFollowTheStatuteAndTheGuidance(String rule, String answers, String actions, String source) {
        Recommendation recommendation = Wt2023.pack().recommend(Wt2023Paths.answers(Wt2023Paths.parse(answers)));
        assertThat(recommendation.additionalActions()).as(rule).containsExactlyElementsOf(
                actions.equals("-") ? java.util.List.of()
                        : Arrays.stream(actions.split(" ")).map(AdditionalAction::valueOf).toList());
        assertThat(recommendation.reasons()).as("%s cites %s", rule, source)
                .anySatisfy(reason -> assertThat(reason.citation().section()).contains(source));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        regulation 11(a) | improvements_needed=yes recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
        regulation 11(b) | improvements_needed=no recurrent_themes=yes agencies_working_together=no panel_advised_local_review=no | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
        regulation 11(c) | improvements_needed=no recurrent_themes=no agencies_working_together=yes panel_advised_local_review=no | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
        regulation 11(d) | improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=yes | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
        regulation 11(a) | improvements_needed=unsure recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW
        regulation 11 | improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=unsure | NO_LOCAL_REVIEW
        regulation 11 | improvements_needed=no recurrent_themes=no agencies_working_together=no panel_advised_local_review=no | NO_LOCAL_REVIEW
        """)
    void theLocalReviewRecommendationFollowsRegulation11(String regulation, String criteria, Outcome outcome) {
        Map<String, Answer> answers = Wt2023Paths.parse("abuse_or_neglect=yes child_died=no seriously_harmed=yes "
                + "in_area=yes " + criteria);
        Recommendation recommendation = Wt2023.pack().recommend(Wt2023Paths.answers(answers));
        assertThat(recommendation.outcome()).as(regulation).isEqualTo(outcome);
        assertThat(recommendation.reasons()).extracting(Reason::citation).as("cites " + regulation)
                .anySatisfy(citation -> assertThat(citation.section()).isEqualTo(regulation));
    }
}
