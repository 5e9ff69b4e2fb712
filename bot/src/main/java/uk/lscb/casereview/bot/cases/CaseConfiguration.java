package uk.lscb.casereview.bot.cases;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.bot.access.People;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CasePages;
import uk.lscb.casereview.core.cases.CaseService;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.ChairArrivals;
import uk.lscb.casereview.core.cases.FollowUpProcessor;
import uk.lscb.casereview.core.conversation.Conversations;
import uk.lscb.casereview.core.conversation.PackConversations;
import uk.lscb.casereview.core.conversation.ScopingService;
import uk.lscb.casereview.core.deadlines.ReminderPolicy;
import uk.lscb.casereview.core.deadlines.WorkingDays;
import uk.lscb.casereview.core.delivery.Addresses;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryJobs;
import uk.lscb.casereview.core.delivery.DeliveryPort;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.delivery.PostedCopies;
import uk.lscb.casereview.core.followups.CaseNotifications;
import uk.lscb.casereview.core.learning.LearningCommands;
import uk.lscb.casereview.core.learning.LearningDigests;
import uk.lscb.casereview.core.learning.LearningForms;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.learning.LearningReminders;
import uk.lscb.casereview.core.learning.LearningService;
import uk.lscb.casereview.core.reminders.ReminderDeliveries;
import uk.lscb.casereview.core.reminders.ReminderJobs;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.reminders.ReminderSweeper;
import uk.lscb.casereview.core.requests.AgencyRequestReminders;
import uk.lscb.casereview.core.requests.AgencyRequestService;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.reports.ReportCommands;
import uk.lscb.casereview.core.requests.RequestCommands;
import uk.lscb.casereview.core.rules.RulePacks;
import uk.lscb.casereview.core.transcripts.Transcripts;

/**
 * Wires the case after the recommendation. Platforms contribute a {@link DeliveryPort} each (post, replace,
 * can reach); where each card, notice and reminder goes is decided in core ({@link PlatformDelivery}). A change, and
 * a due reminder, stores delivery jobs only; each platform's {@link DeliveryThreads} worker carries them out, so
 * nothing here depends on a platform and neither an inbound request nor the reminder sweep waits on a platform's API.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CaseConfiguration.class);

    @Bean
    Roles roles(People people) {
        return people.roles();
    }

    @Bean
    ReminderJobs reminderJobs(MongoStore store) {
        return store.reminderJobs();
    }

    @Bean
    Addresses addresses(MongoStore store) {
        return store.addresses();
    }

    /** What each platform posted (to replace it) and which notifications it posted (not to post them twice). */
    @Bean
    PostedCopies postedCopies(MongoStore store, Clock clock) {
        return store.postedCopies(clock);
    }

    /** Agencies' information requests, in their own collection, linked to their cases by id. */
    @Bean
    AgencyRequests agencyRequests(MongoStore store) {
        return store.agencyRequests();
    }

    /** The learning log: each review's findings, recommendations and actions (issue 13), read by the annual report. */
    @Bean
    LearningLogs learningLogs(MongoStore store) {
        return store.learning();
    }

    /**
     * Due dates of the open requests, and their due reminders handed to the cases' follow-ups. The follow-up
     * processor is looked up when a reminder is handed over, since it is built from the scheduler built from this.
     */
    @Bean
    AgencyRequestReminders agencyRequestReminders(AgencyRequests requests, Cases cases,
                                                  ObjectProvider<FollowUpProcessor> followUps) {
        return new AgencyRequestReminders(requests, cases, record -> followUps.getObject().referred(record));
    }

    @Bean
    ReminderScheduler reminderScheduler(ReminderJobs jobs, AgencyRequestReminders requests) {
        return new ReminderScheduler(jobs, ReminderPolicy.englandAndWales(), requests);
    }

    @Bean
    AgencyRequestService agencyRequestService(Cases cases, AgencyRequests requests, Roles roles, Boards boards,
                                              Clock clock, FollowUpProcessor followUps) {
        return new AgencyRequestService(cases, requests, roles, boards, WorkingDays.englandAndWales(), clock,
                followUps::referred);
    }

    /** The platforms' deliveries, stored so that a restart or another instance carries them on. */
    @Bean
    DeliveryJobs deliveryJobs(MongoStore store) {
        return store.deliveryJobs();
    }

    @Bean
    Deliveries deliveries(DeliveryJobs jobs, Clock clock) {
        return new Deliveries(jobs, clock);
    }

    @Bean
    CaseNotifications caseNotifications(Cases cases, Deliveries deliveries, ReminderScheduler scheduler, Boards boards,
                                        RulePacks packs, Clock clock, AgencyRequests requests,
                                        LearningLogs learning) {
        return new CaseNotifications(cases, deliveries, scheduler, boards, packs, clock, requests, learning);
    }

    /** Each platform's deliveries carried out on its own thread, outside every inbound request. */
    @Bean(destroyMethod = "close")
    DeliveryThreads deliveryThreads(Deliveries deliveries, CaseNotifications notifications,
                                    ReminderDeliveries reminders, LearningDigests digests, List<DeliveryPort> ports,
                                    Roles roles, PostedCopies postedCopies, CasePages pages, Clock clock) {
        return new DeliveryThreads(deliveries, notifications, reminders, digests, ports.stream()
                .map(port -> CaseNotifications.Outlet.of(new PlatformDelivery(port, roles, postedCopies, pages)))
                .toList(),
                clock, instanceId());
    }

    /** A due reminder as one delivery job per platform. */
    @Bean
    ReminderDeliveries reminderDeliveries(ReminderJobs jobs, Cases cases, Boards boards, Deliveries deliveries,
                                          Clock clock) {
        return new ReminderDeliveries(jobs, cases, ReminderPolicy.englandAndWales(), boards, deliveries, clock);
    }

    /** Carries out what stored case changes owe; several instances share the work by leasing each case's. */
    @Bean
    FollowUpProcessor followUpProcessor(Cases cases, CaseNotifications notifications, Clock clock) {
        return new FollowUpProcessor(cases, notifications, clock, instanceId(), Duration.ofMinutes(2));
    }

    @Bean
    CaseService caseService(Cases cases, Roles roles, Boards boards, RulePacks packs, Clock clock,
                            FollowUpProcessor followUps, ReminderJobs reminderJobs, AgencyRequestService requests,
                            LearningForms learning, CasePages pages) {
        return new CaseService(cases, roles, boards, packs, clock, followUps, reminderJobs::overdueReminderPosted,
                requests.or(learning), pages);
    }

    /** Where the cases' pages are on the dashboard, for the messages' links: only when CASEREVIEW_DASHBOARD_URL is set. */
    @Bean
    CasePages casePages(@Value("${casereview.dashboard.case-links:}") String dashboard) {
        return new CasePages(Optional.of(dashboard));
    }

    @Bean
    CaseCommands caseCommands(Cases cases, Transcripts transcripts, CaseService service, Roles roles, Boards boards,
                              Clock clock, CaseNotifications notifications, AgencyRequestService requests,
                              AgencyRequests agencyRequests, LearningLogs learningLogs,
                              @Value("${casereview.dashboard.url}") String dashboard, LearningCommands learning) {
        return new CaseCommands(cases, transcripts, service, roles, boards, clock, notifications::postCardTo,
                List.of(new RequestCommands(cases, requests, clock),
                        new ReportCommands(cases, agencyRequests, learningLogs, roles, boards, clock, dashboard),
                        learning));
    }

    /** Posts a Chair's undelivered decision cards as soon as they write to the assistant. */
    @Bean
    ChairArrivals chairArrivals(Roles roles, FollowUpProcessor followUps) {
        return new ChairArrivals(roles, followUps);
    }

    @Bean
    ScopingService scopingService(PackConversations conversation, Conversations conversations, Transcripts transcripts,
                                  Cases cases, Clock clock, CaseCommands commands, FollowUpProcessor followUps,
                                  ChairArrivals arrivals) {
        return new ScopingService(conversation, conversations, transcripts, cases, clock, Optional.of(commands),
                followUps::referred, arrivals::reachable);
    }

    @Bean
    FollowUpSweep followUpSweep(ScopingService scoping, FollowUpProcessor followUps, DeliveryJobs deliveries,
                                PostedCopies postedCopies, Clock clock, AgencyRequestService requests,
                                LearningService learning) {
        return new FollowUpSweep(scoping, followUps, deliveries, postedCopies, clock, requests, learning);
    }

    /**
     * Completes what committed turns and case changes still owe (after a crash, or while the store or a
     * platform was away): at start-up and then on a fixed delay ({@code casereview.follow-ups.sweep-every},
     * default 30 s), whichever instance runs.
     */
    public static final class FollowUpSweep {
        /** How long a done delivery is kept (its id stops a repeat) before the clean-up removes it. */
        static final Duration KEEP_DONE = Duration.ofDays(30);
        /**
         * How long a posted copy or marker is kept before the clean-up removes it: longer than any case stays
         * open to decisions and reminders (the review's completion is due six months after the decision, and
         * its publication later still), so only copies nobody will replace again are removed.
         */
        static final Duration KEEP_POSTED = Duration.ofDays(3 * 365);

        private final ScopingService scoping;
        private final FollowUpProcessor followUps;
        private final DeliveryJobs deliveries;
        private final PostedCopies postedCopies;
        private final Clock clock;
        private final AgencyRequestService requests;
        private final LearningService learning;

        FollowUpSweep(ScopingService scoping, FollowUpProcessor followUps, DeliveryJobs deliveries,
                      PostedCopies postedCopies, Clock clock, AgencyRequestService requests,
                      LearningService learning) {
            this.requests = requests;
            this.learning = learning;
            this.scoping = scoping;
            this.followUps = followUps;
            this.deliveries = deliveries;
            this.postedCopies = postedCopies;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${casereview.follow-ups.sweep-every:PT30S}", initialDelay = 0)
        public void sweep() {
            try {
                int conversations = scoping.completePending();
                int requestsRecorded = requests.completePending();
                int learningIndexed = learning.completePending();
                int cases = followUps.completeAll();
                deliveries.forgetDoneBefore(clock.instant().minus(KEEP_DONE));
                postedCopies.forgetBefore(clock.instant().minus(KEEP_POSTED));
                if (conversations + requestsRecorded + learningIndexed + cases > 0) {
                    LOG.info("follow-ups completed: {} conversations, {} agency requests, {} reviews' learning "
                            + "indexed, {} cases", conversations, requestsRecorded, learningIndexed, cases);
                }
            } catch (RuntimeException failed) {
                LOG.warn("follow-up sweep failed, will try again: {}", failed.getClass().getSimpleName());
            }
        }
    }

    /**
     * Sweeps due reminders and hands each to every platform's deliveries. Several instances may share one database:
     * each job is claimed with a lease first, so two healthy instances never hand over the same reminder (and a
     * second hand-over would add no delivery).
     */
    @Bean
    ReminderSweeper reminderSweeper(ReminderJobs jobs, Cases cases, ReminderDeliveries deliveries,
                                    AgencyRequestReminders requests) {
        return new ReminderSweeper(jobs, cases, deliveries, ReminderPolicy.englandAndWales(), instanceId(),
                Duration.ofMinutes(10), requests);
    }

    /** This instance's id for leases, unique across instances sharing a database. */
    private static String instanceId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    @Bean
    ReminderSweep reminderSweep(ReminderSweeper sweeper, LearningReminders learning, LearningDigests digests,
                                Clock clock) {
        return new ReminderSweep(sweeper, learning, digests, clock);
    }

    /** Runs the sweep on a fixed delay ({@code casereview.reminders.sweep-every}, default one minute). */
    public static final class ReminderSweep {
        private final ReminderSweeper sweeper;
        private final LearningReminders learning;
        private final LearningDigests digests;
        private final Clock clock;

        ReminderSweep(ReminderSweeper sweeper, LearningReminders learning, LearningDigests digests, Clock clock) {
            this.sweeper = sweeper;
            this.learning = learning;
            this.digests = digests;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${casereview.reminders.sweep-every:PT1M}",
                initialDelayString = "${casereview.reminders.first-sweep-after:PT20S}")
        public void sweep() {
            try {
                int sent = sweeper.sweep(clock.instant());
                int actions = learning.sweep(clock.instant());
                int digested = digests.sweep(clock.instant());
                if (sent + actions + digested > 0) {
                    LOG.info("reminder sweep: {} sent, {} of agencies' actions, {} weekly digests' copies", sent,
                            actions, digested);
                }
            } catch (RuntimeException failed) {
                LOG.warn("reminder sweep failed, will try again: {}", failed.getClass().getSimpleName());
            }
        }
    }
}
