package uk.lscb.casereview.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.Referral;
import uk.lscb.casereview.core.contracts.PortFixtures;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.refs.ConversationKey;
import uk.lscb.casereview.core.rules.AdditionalAction;
import uk.lscb.casereview.core.rules.Answers;
import uk.lscb.casereview.core.rules.Outcome;
import uk.lscb.casereview.core.rules.RulePackRef;
import uk.lscb.casereview.core.rules.Source;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/** A wt2023 case stored and read back through the real driver keeps its pack, version and statutory citations. */
class MongoWt2023CaseIT {
    @RegisterExtension
    static final InProcessMongo.PerClass mongo = new InProcessMongo.PerClass();

    @Test
    void aWt2023CaseKeepsItsPackVersionOutcomeActionsAndCitations() {
        MongoStore store = mongo.freshStore();
        Map<String, String> encoded = new LinkedHashMap<>();
        encoded.put("board", "staffordshire");
        encoded.put("case_reference", "CSPR-2026-7");
        encoded.put("aware_on", "2026-11-20");
        encoded.put("abuse_or_neglect", "yes");
        encoded.put("child_died", "yes");
        encoded.put("looked_after", "yes");
        encoded.put("in_area", "yes");
        encoded.put("improvements_needed", "no");
        encoded.put("recurrent_themes", "unsure");
        encoded.put("agencies_working_together", "no");
        encoded.put("panel_advised_local_review", "no");
        Answers answers = Answers.decode(Wt2023.pack(), encoded, Set.of());
        CaseRecord record = CaseRecord.referred(new Referral(new BoardId("staffordshire"),
                        new CaseReference("CSPR-2026-7"), LocalDate.parse("2026-11-20"), answers,
                        Wt2023.pack().recommend(answers)), PortFixtures.PRACTITIONER,
                new ConversationKey(Platform.TEAMS, "conv-cspr-7"), PortFixtures.AT);
        store.cases().create(record);

        CaseRecord read = store.cases().find(record.id()).orElseThrow();
        assertThat(read).isEqualTo(record);
        assertThat(read.recommendation().rulePack()).isEqualTo(new RulePackRef("wt2023", Wt2023.VERSION));
        assertThat(read.recommendation().outcome()).isEqualTo(Outcome.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        assertThat(read.recommendation().additionalActions()).containsExactly(AdditionalAction.NOTIFY_THE_PANEL,
                AdditionalAction.RAPID_REVIEW, AdditionalAction.NOTIFY_SECRETARY_OF_STATE_AND_OFSTED);
        assertThat(read.recommendation().reasons()).extracting(reason -> reason.citation().source())
                .contains(Source.CHILDREN_ACT_2004, Source.REGULATIONS_2018, Source.WORKING_TOGETHER_2023_CHAPTER_5);
    }
}
