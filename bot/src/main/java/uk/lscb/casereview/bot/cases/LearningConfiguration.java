package uk.lscb.casereview.bot.cases;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lscb.casereview.bot.config.LearningProperties;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.learning.LearningCommands;
import uk.lscb.casereview.core.learning.LearningDigests;
import uk.lscb.casereview.core.learning.LearningForms;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.LearningReminders;
import uk.lscb.casereview.core.learning.LearningSearch;
import uk.lscb.casereview.core.learning.LearningService;
import uk.lscb.casereview.core.learning.LearningThemes;

/**
 * Wires the learning log: the themes the boards configured, entry, search, forms, reminders, the weekly digest and the chat command (its
 * store, {@code LearningLogs}, is wired with the cases').
 */
@Configuration(proxyBeanMethods = false)
public class LearningConfiguration {

    @Bean
    LearningThemes learningThemes(LearningProperties properties) {
        return properties.learningThemes();
    }

    @Bean
    LearningService learningService(Cases cases, LearningLogs logs, Roles roles, Boards boards, LearningThemes themes,
                                    Clock clock, FollowUpProcessor followUps) {
        return new LearningService(cases, logs, roles, boards, themes, clock, followUps::referred);
    }

    /** The actions' reminders, handed to their cases' follow-ups by the reminder sweep. */
    @Bean
    LearningReminders learningReminders(LearningLogs logs, Cases cases, Boards boards, FollowUpProcessor followUps) {
        return new LearningReminders(logs, cases, boards, followUps::referred);
    }

    /** Each board's weekly digest of its agencies' actions, handed to the platforms by the reminder sweep. */
    @Bean
    LearningDigests learningDigests(LearningLogs logs, Boards boards, Deliveries deliveries) {
        return new LearningDigests(logs, boards, deliveries);
    }

    @Bean
    LearningSearch learningSearch(LearningLogs logs, LearningThemes themes) {
        return new LearningSearch(logs, themes);
    }

    /** The learning's forms, opened and sent like a case step's (the case service hands them their submissions). */
    @Bean
    LearningForms learningForms(Cases cases, LearningService learning) {
        return new LearningForms(cases, learning);
    }

    @Bean
    LearningCommands learningCommands(LearningSearch search, LearningService learning, LearningForms forms,
                                      Boards boards) {
        return new LearningCommands(search, learning, forms, boards);
    }
}
