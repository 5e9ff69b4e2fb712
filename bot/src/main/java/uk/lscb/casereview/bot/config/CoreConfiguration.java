package uk.lscb.casereview.bot.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.lscb.casereview.bot.access.AdminToken;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;
import uk.lscb.casereview.core.rules.wt2023.Wt2023;

/** The checked configuration as beans: boards, who is who, the rule packs, the clock and the deployment mode. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    /** The system clock in Europe/London; tests replace it with a {@code @Primary} fixed clock. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /**
     * Checks the configuration, and first the platform names people are listed under: binding takes only the ones
     * it knows, so another name is looked for among the properties as given.
     */
    @Bean
    ConfigurationCheck.Checked checkedConfiguration(CaseReviewProperties properties, Environment environment,
                                                    RulePacks packs) {
        Binder given = Binder.get(environment);
        for (int i = 0; i < properties.boards().size(); i++) {
            for (String role : List.of("chairs", "administrators", "business-managers", "partners.local-authority",
                    "partners.integrated-care-board", "partners.police", "partners.scrutineers")) {
                String at = "casereview.boards[" + i + "]." + role;
                ConfigurationCheck.platformNames(at, given.bind(at, Bindable.mapOf(String.class, String[].class))
                        .map(Map::keySet).orElse(Set.of()));
            }
        }
        return ConfigurationCheck.check(properties, packs.ids(), packs.decidedByPartners());
    }

    @Bean
    Boards boards(ConfigurationCheck.Checked checked) {
        return checked.boards();
    }

    @Bean
    People people(ConfigurationCheck.Checked checked) {
        return checked.people();
    }

    /**
     * The packs a board may follow ({@code casereview.boards[].rule-pack}); the first is the one an assessment asked
     * for without a {@code rulePack} follows.
     */
    @Bean
    RulePacks rulePacks() {
        return new RulePacks(List.of(Wt2015.pack(), Wt2023.pack()));
    }

    @Bean
    AdminToken adminToken(CaseReviewProperties properties) {
        return new AdminToken(properties.adminToken());
    }

    @Bean
    Deployment deployment(@Value("${" + LocalModeEnvironment.LOCAL_MODE + ":true}") boolean localMode) {
        return new Deployment(localMode);
    }
}
