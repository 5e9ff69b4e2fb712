package uk.lscb.casereview.core.followups;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.boards.Partnership;
import uk.lscb.casereview.core.boards.Roles;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseStep;
import uk.lscb.casereview.core.cases.Cases;
import uk.lscb.casereview.core.cases.DecisionCard;
import uk.lscb.casereview.core.cases.FollowUp;
import uk.lscb.casereview.core.cases.FollowUpHandler;
import uk.lscb.casereview.core.cases.NationalPanelDraft;
import uk.lscb.casereview.core.cases.PackView;
import uk.lscb.casereview.core.cases.PartnerDecision;
import uk.lscb.casereview.core.deadlines.Audience;
import uk.lscb.casereview.core.deadlines.DeadlineKind;
import uk.lscb.casereview.core.delivery.ChannelNotifier;
import uk.lscb.casereview.core.delivery.DecisionRequests;
import uk.lscb.casereview.core.delivery.Deliveries;
import uk.lscb.casereview.core.delivery.DeliveryJob;
import uk.lscb.casereview.core.delivery.DeliveryWorker;
import uk.lscb.casereview.core.delivery.DirectMessages;
import uk.lscb.casereview.core.delivery.InMemoryDeliveryJobs;
import uk.lscb.casereview.core.delivery.Notification;
import uk.lscb.casereview.core.delivery.PlatformDelivery;
import uk.lscb.casereview.core.learning.InMemoryLearningLogs;
import uk.lscb.casereview.core.learning.LearningLogs;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.reminders.ReminderNotifications;
import uk.lscb.casereview.core.reminders.ReminderScheduler;
import uk.lscb.casereview.core.requests.AgencyRequests;
import uk.lscb.casereview.core.requests.InMemoryAgencyRequests;
import uk.lscb.casereview.core.rules.DecisionMaker;
import uk.lscb.casereview.core.rules.RulePacks;

/**
 * What happens around a case besides its own record: the decision card goes to the Chair on every
 * platform when a referral becomes a case and is updated in place as the case moves on; the panel
 * channel hears of referrals and decisions; the referrer hears of the decision and of a request for
 * more information; reminders are (re)scheduled whenever deadlines change. Nothing sent names a
 * child: only the case reference identifies the case. A platform that fails does not stop the others.
 * Each is one {@link FollowUp} a stored change owes, carried out by the {@link FollowUpProcessor}.
 */
public final class CaseNotifications implements FollowUpHandler {
    private static final System.Logger LOG = System.getLogger(CaseNotifications.class.getName());
    /** The job that tells the panel channels once that the Chair's card could reach the Chair nowhere. */
    static final String CARD_UNDELIVERED = "CARD_UNDELIVERED";
    /** The job that posts the card again to one Chair (the text is {@code platform:id} of the Chair). */
    static final String CARD_TO_CHAIR = "CARD_TO_CHAIR";
    /** One platform's ways out: the Chair's card, its panel channel (and Chairs), and people's 1:1 chats. */
    public record Outlet(Platform platform, DecisionRequests cards, ChannelNotifier channels,
                         List<DirectMessages> direct) {
        public Outlet {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(cards, "cards");
            Objects.requireNonNull(channels, "channels");
            direct = List.copyOf(direct);
        }

        /** A platform's one way out for all three, as core posts through its port. */
        public static Outlet of(PlatformDelivery delivery) {
            return new Outlet(delivery.platform(), delivery, delivery, List.of(delivery));
        }
    }

    private final Cases cases;
    private final Deliveries deliveries;
    private final ReminderScheduler reminders;
    private final Boards boards;
    private final RulePacks packs;
    private final Clock clock;
    private final AgencyNotices agencies;
    private final LearningNotices learning;

    /**
     * Deliveries go through {@code deliveries}, to each platform registered there with a worker that carries the
     * jobs out through {@link #carrier}.
     */
    public CaseNotifications(Cases cases, Deliveries deliveries, ReminderScheduler reminders, Boards boards,
                             RulePacks packs, Clock clock) {
        this(cases, deliveries, reminders, boards, packs, clock, new InMemoryAgencyRequests());
    }

    /** As above, with the agencies' information requests whose messages and reminders it posts. */
    public CaseNotifications(Cases cases, Deliveries deliveries, ReminderScheduler reminders, Boards boards,
                             RulePacks packs, Clock clock, AgencyRequests requests) {
        this(cases, deliveries, reminders, boards, packs, clock, requests, new InMemoryLearningLogs());
    }

    /** As above, with the reviews' learning whose posts to both boards and actions' reminders it posts. */
    public CaseNotifications(Cases cases, Deliveries deliveries, ReminderScheduler reminders, Boards boards,
                             RulePacks packs, Clock clock, AgencyRequests requests, LearningLogs learning) {
        this.agencies = new AgencyNotices(requests, boards, clock);
        this.learning = new LearningNotices(learning, boards, clock);
        this.cases = Objects.requireNonNull(cases, "cases");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every platform given counted as one, delivered at once in the caller's thread from jobs kept in memory (the
     * terminal chat and tests of one platform): the card counts as delivered when any of them reached the Chair.
     */
    public CaseNotifications(Cases cases, List<DecisionRequests> platforms, ChannelNotifier panel,
                             List<DirectMessages> direct, ReminderScheduler reminders, Boards boards, RulePacks packs,
                             Clock clock) {
        this(cases, new Deliveries(new InMemoryDeliveryJobs(), clock), reminders, boards, packs, clock);
        Outlet all = new Outlet(Platform.ALL, new AnyOf(platforms), panel, direct);
        deliveries.register(new DeliveryWorker(Platform.ALL, deliveries.jobs(), carrier(all), clock, "inline",
                Duration.ofMinutes(2)), Runnable::run);
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    /** What carries out a platform's jobs through its outlet. */
    public DeliveryWorker.Carrier carrier(Outlet outlet) {
        return job -> deliver(outlet, job);
    }

    /**
     * Carries out one follow-up of the case as it now is: what it posts becomes a delivery job for each platform
     * (stored, then carried out by that platform's worker, never here); the reminders are scheduled here.
     *
     * @return true (done: the deliveries now owe the rest)
     * @throws uk.lscb.casereview.core.store.StoreUnavailableException when the jobs cannot be stored (the follow-up
     *                                                                 stays owed)
     */
    @Override
    public boolean carryOut(CaseRecord record, FollowUp followUp) {
        if (followUp.kind() == FollowUp.Kind.SCHEDULE_REMINDERS) {
            reminders.deadlinesChanged(record, clock.instant());
            return true;
        }
        for (Platform platform : deliveries.platforms()) {
            deliveries.enqueue(DeliveryJob.pending(record.id().value(), followUp.key(), platform,
                    followUp.kind().name(), followUp.version(), followUp.text(), clock.instant()));
        }
        return true;
    }

    /** Every platform carries out the jobs whose wait is over (the sweep). */
    @Override
    public void deliverDue() {
        deliveries.wakeAll();
    }

    /**
     * A person can be reached on their platform now: if they are a Chair, the cards still owed to them there are
     * tried at once. @return how many cases
     */
    @Override
    public int chairReachable(UserRef who, Roles roles) {
        int tried = 0;
        for (Platform platform : List.of(who.platform(), Platform.ALL)) {
            for (DeliveryJob job : deliveries.jobs().pending(platform, FollowUp.Kind.POST_DECISION_CARD.name())) {
                if (cases.find(new CaseId(job.caseId())).filter(record -> roles.isChair(record.board(), who))
                        .isPresent()) {
                    deliveries.poke(job.caseId(), platform, job.kind());
                    tried++;
                }
            }
        }
        return tried;
    }

    /** Carries out one delivery job on one platform. @return false to try again later */
    private boolean deliver(Outlet outlet, DeliveryJob job) {
        Optional<CaseRecord> found = cases.find(new CaseId(job.caseId()));
        if (found.isEmpty()) {
            return true;
        }
        CaseRecord record = found.get();
        long version = job.version();
        switch (job.kind()) {
            case CARD_UNDELIVERED -> post(outlet, record, "The decision card for " + record.reference().value()
                    + " could not reach " + record.recommendation().outcome().decidedBy().who(),
                    undelivered(record), "undelivered", version);
            case CARD_TO_CHAIR -> {
                String[] who = job.text().orElse(":").split(":", 2);
                UserRef chair = new UserRef(Platform.parse(who[0]), who.length > 1 ? who[1] : "", null);
                return outlet.cards().postTo(chair, record, DecisionCard.of(record, boards, packs));
            }
            default -> {
                return deliver(outlet, record, job);
            }
        }
        return true;
    }

    private boolean deliver(Outlet outlet, CaseRecord record, DeliveryJob job) {
        long version = job.version();
        switch (FollowUp.Kind.valueOf(job.kind())) {
            case POST_DECISION_CARD -> {
                return postCard(outlet, record, job);
            }
            case UPDATE_DECISION_CARD -> outlet.cards().update(record, DecisionCard.of(record, boards, packs));
            case PANEL_REFERRED -> {
                if (byPartners(record)) {
                    post(outlet, record, "New referral " + record.reference().value() + ": awaiting the safeguarding "
                            + "partners", "Recommendation: " + record.recommendation().outcome().label() + ". Each "
                            + "partner's lead representative confirms on the card." + record.deadline(
                                    DeadlineKind.RAPID_REVIEW).map(d -> " The rapid review, which decides what "
                                    + "happens next, is due by " + UkDates.format(d.due()) + ".").orElse(""),
                            "referred", version);
                    return true;
                }
                String due = record.deadline(DeadlineKind.CHAIR_DECISION).map(d -> UkDates.format(d.due())).orElse("");
                post(outlet, record, "New referral " + record.reference().value() + ": awaiting the Chair's decision",
                        "Recommendation: " + record.recommendation().outcome().label() + ". The Chair's decision is "
                                + "due by " + due + ".", "referred", version);
            }
            case PANEL_PARTNERS_DIFFER -> post(outlet, record, "The safeguarding partners differ on "
                    + record.reference().value(), "The decision stays open: the partners' rule cannot be met as "
                    + "they have answered. " + PartnerDecision.of(record, Partnership.ALL).positions() + " A partner "
                    + "can change their answer on the card; until then the case is awaiting the partners.",
                    "partners-differ", version);
            case TELL_SCRUTINEER -> decisionText(record).ifPresent(text -> outlet.channels().send(new Notification(
                    record.board(), EnumSet.of(Audience.SCRUTINEER), "Decision on " + record.reference().value()
                    + " by the safeguarding partners", text, facts(record), List.of(), record.id().value()
                    + "/decided/scrutineer/" + version)));
            case PANEL_DECIDED -> decisionText(record).ifPresent(text -> post(outlet, record, "Decision on "
                    + record.reference().value(), text + draftNote(record), "decided", version, withDraft(record)));
            case PANEL_STEP -> job.text().flatMap(CaseStep::byId).ifPresent(step -> announce(outlet, record, step,
                    version));
            case TELL_REFERRER_DECIDED -> decisionText(record).ifPresent(text -> tell(outlet, record,
                    "Decision on your referral " + record.reference().value(), text, "decided", version, List.of()));
            case TELL_REFERRER_MORE_INFORMATION -> tell(outlet, record, "The Chair needs more information on "
                    + record.reference().value(), "The Chair asks: \u201c" + job.text().orElse("").strip()
                    + "\u201d Press Answer the Chair, or type "
                    + "your answer here. When you have answered, the Chair can decide.", "more-information", version,
                    List.of(Choice.of("Answer the Chair", new ButtonAction.AnswerChair(record.id().value(), version))));
            case TELL_CHAIR_INFORMATION_PROVIDED -> tellChair(outlet, record, version);
            case REMINDERS_DONE -> job.text().flatMap(CaseNotifications::deadline).ifPresent(kind ->
                    outlet.channels().remindersDone(record, kind));
            case REMINDERS_REASONED -> job.text().flatMap(CaseNotifications::deadline).ifPresent(kind ->
                    ReminderNotifications.delayRecorded(record, kind).ifPresent(now ->
                            outlet.channels().remindersReasoned(record, kind, now)));
            case SCHEDULE_REMINDERS -> reminders.deadlinesChanged(record, clock.instant());
            case AGENCY_ASKED -> agencies.asked(outlet, record, job.text().orElse(""));
            case AGENCY_PROVIDED -> agencies.provided(outlet, record, job.text().orElse(""));
            case AGENCY_REMINDER -> agencies.reminder(outlet, record, job.text().orElse(""));
            case LEARNING_SHARED -> learning.shared(outlet, record);
            case LEARNING_REMINDER -> learning.reminder(outlet, record, job.text().orElse(""));
        }
        return true;
    }

    /**
     * Posts the card to the Chair on this platform unless the case no longer awaits them; false when it could not
     * reach them here. The first time no platform has reached the Chair, every platform's panel channel is told.
     */
    private boolean postCard(Outlet outlet, CaseRecord record, DeliveryJob job) {
        if (!record.awaitsTheChair()) {
            return true;
        }
        if (outlet.cards().post(record, DecisionCard.of(record, boards, packs))) {
            return true;
        }
        LOG.log(System.Logger.Level.WARNING, "case {0}: {1} could not reach the Chair (try {2}); tried again later "
                + "and when the Chair writes", record.id().value(), outlet.platform(), job.attempts() + 1);
        boolean reachedElsewhere = deliveries.jobs().ofCase(job.caseId()).stream().anyMatch(other ->
                other.kind().equals(job.kind()) && other.status() == DeliveryJob.Status.DONE);
        if (job.attempts() == 0 && !reachedElsewhere) {
            for (Platform platform : deliveries.platforms()) {
                deliveries.enqueue(DeliveryJob.pending(job.caseId(), CARD_UNDELIVERED + "/" + job.version(), platform,
                        CARD_UNDELIVERED, job.version(), Optional.empty(), clock.instant()));
            }
        }
        return false;
    }

    /**
     * Posts the case's card again to one Chair in their own chat on their platform, for {@code decide <reference>}:
     * a job for that platform, carried out there. @return false when no platform of theirs is delivered to
     */
    public boolean postCardTo(UserRef chair, CaseRecord record) {
        Platform platform = deliveries.reaches(chair.platform()) ? chair.platform()
                : deliveries.reaches(Platform.ALL) ? Platform.ALL : null;
        if (platform == null) {
            return false;
        }
        deliveries.enqueue(DeliveryJob.pending(record.id().value(), CARD_TO_CHAIR + "/" + record.version() + "/"
                + chair.id() + "/" + java.util.UUID.randomUUID(), platform, CARD_TO_CHAIR, record.version(),
                Optional.of(chair.platform().id() + ":" + chair.id()), clock.instant()));
        return true;
    }

    /** Whether the case's pack leaves its decision to the safeguarding partners (wt2023), not the Chair. */
    private static boolean byPartners(CaseRecord record) {
        return record.recommendation().outcome().decidedBy() == DecisionMaker.SAFEGUARDING_PARTNERS;
    }

    /** Why a case's decision card reached no one, and what happens next: the Chair can also ask for it. */
    private static String undelivered(CaseRecord record) {
        if (byPartners(record)) {
            return "The safeguarding partners' lead representatives have not yet written to the Case Review "
                    + "Assistant, so it cannot message them. The card is posted to them as soon as they write to it or "
                    + "install it, and tried again until then.";
        }
        return "The Chair has not yet written to the Case Review Assistant, so it cannot message them. The card is "
                + "posted to the Chair as soon as they write to it or install it, and tried again until then. The "
                + "Chair can also type: decide " + record.reference().value();
    }

    private static Optional<String> decisionText(CaseRecord record) {
        if (byPartners(record)) {
            return record.decision().map(decision -> "The safeguarding partners decided: "
                    + decision.outcome().label() + ". " + PartnerDecision.of(record, Partnership.ALL).positions());
        }
        return record.decision().map(decision -> "The Independent Chair (" + decision.chair().displayName()
                + ") decided: " + decision.outcome().label() + "." + record.deadline(
                        DeadlineKind.NATIONAL_PANEL_NOTIFICATION).map(d -> " The national panel must be notified by "
                        + UkDates.format(d.due()) + ".").orElse(""));
    }

    private void post(Outlet outlet, CaseRecord record, String title, String text, String event, long version) {
        post(outlet, record, title, text, event, version, facts(record));
    }

    private void post(Outlet outlet, CaseRecord record, String title, String text, String event, long version,
                      List<Fact> facts) {
        outlet.channels().send(new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL), title, text,
                facts, List.of(), record.id().value() + "/" + event + "/" + version).about(record.reference()));
    }

    /** A step recorded, announced once in the panel channel: what was recorded, by whom. */
    private void announce(Outlet outlet, CaseRecord record, CaseStep step, long version) {
        String detail = entry(step, record);
        step.lastEntry(record).ifPresent(entry -> post(outlet, record, record.reference().value() + ": "
                + step.label(), detail + "Recorded by " + entry.who().displayName() + ". " + (record.status().isOpen()
                ? "Type case " + record.reference().value() + " for what is due next."
                : "The case is " + record.status().label().toLowerCase(java.util.Locale.UK) + "; it keeps its whole "
                + "record."), "step/" + step.id(), version));
    }

    /** The step's recorded values as a sentence: a capital, and one stop however the last value typed ends. */
    private static String entry(CaseStep step, CaseRecord record) {
        String detail = step.lastEntry(record).map(entry -> entry.detail().strip()).orElse("");
        return detail.isEmpty() ? "" : Character.toUpperCase(detail.charAt(0)) + detail.substring(1)
                + (detail.matches("(?s).*[.!?]") ? " " : ". ");
    }

    private static String draftNote(CaseRecord record) {
        return record.deadline(DeadlineKind.NATIONAL_PANEL_NOTIFICATION).isPresent()
                ? " The notification to the national panel is drafted below: copy it into the national panel's form, "
                + "then record it sent (type case " + record.reference().value() + ")." : "";
    }

    /** The case's facts, then the national panel's notification drafted, when the panel is to be notified. */
    private List<Fact> withDraft(CaseRecord record) {
        List<Fact> facts = new java.util.ArrayList<>(facts(record));
        NationalPanelDraft.facts(record, boards.get(record.board()).map(Board::name).orElse(record.board().value()))
                .stream().filter(fact -> !fact.label().equals("Case reference")).forEach(facts::add);
        return facts;
    }

    /** The Chair hears that the referrer has answered, with the answer; the card shows it too. */
    private void tellChair(Outlet outlet, CaseRecord record, long version) {
        List<Fact> facts = new java.util.ArrayList<>(facts(record));
        DecisionCard.lastAnswer(record).ifPresent(answer -> facts.add(Fact.of("The referrer's answer", answer)));
        outlet.channels().send(new Notification(record.board(), EnumSet.of(Audience.CHAIR), "The referrer has "
                + "answered on " + record.reference().value(), "The referral is awaiting your decision again; the "
                + "answer is also on its decision card.", facts, List.of(), record.id().value()
                + "/information-provided/" + version).about(record.reference()));
    }

    private static Optional<DeadlineKind> deadline(String name) {
        return java.util.Arrays.stream(DeadlineKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** Tells the referrer in their 1:1 chat on this platform, if it reaches them (else nothing: not an error). */
    private void tell(Outlet outlet, CaseRecord record, String title, String text, String event, long version,
                      List<Choice> actions) {
        Notification note = new Notification(record.board(), EnumSet.of(Audience.PANEL_CHANNEL), title, text,
                facts(record), actions, record.id().value() + "/" + event + "/referrer/" + version)
                .about(record.reference());
        boolean reached = false;
        for (DirectMessages platform : outlet.direct()) {
            reached |= attempt("message the referrer", record, () -> platform.sendTo(record.referrer(), note))
                    .orElse(false);
        }
        if (!reached) {
            LOG.log(System.Logger.Level.DEBUG, "case {0}: the referrer could not be messaged directly on {1}",
                    record.id().value(), outlet.platform());
        }
    }

    /** The case's reference, board and stage, and its rule pack where its messages name it ({@link PackView}). */
    private List<Fact> facts(CaseRecord record) {
        List<Fact> facts = new java.util.ArrayList<>(List.of(Fact.of("Case reference", record.reference().value()),
                Fact.of("Board", boards.get(record.board()).map(Board::name).orElse(record.board().value())),
                Fact.of("Stage", record.stage())));
        if (PackView.namesThePack(record)) {
            facts.add(Fact.of("Rule pack", new PackView(packs).named(record)));
        }
        return List.copyOf(facts);
    }

    private static Optional<Boolean> attempt(String what, CaseRecord record, java.util.function.Supplier<Boolean> step) {
        try {
            return Optional.of(step.get());
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: could not {1}: {2}", record.id().value(), what,
                    failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Every platform given as one: posted when any posted; a platform that fails does not stop the others. */
    private record AnyOf(List<DecisionRequests> platforms) implements DecisionRequests {
        AnyOf {
            platforms = List.copyOf(platforms);
        }

        @Override
        public boolean post(CaseRecord record, DecisionCard card) {
            boolean posted = false;
            for (DecisionRequests platform : platforms) {
                posted |= attempt("post the decision card", record, () -> platform.post(record, card)).orElse(false);
            }
            return posted;
        }

        @Override
        public boolean postTo(UserRef chair, CaseRecord record, DecisionCard card) {
            boolean posted = false;
            for (DecisionRequests platform : platforms) {
                posted |= attempt("post the decision card again", record, () -> platform.postTo(chair, record, card))
                        .orElse(false);
            }
            return posted;
        }

        @Override
        public void update(CaseRecord record, DecisionCard card) {
            for (DecisionRequests platform : platforms) {
                attempt("update the decision card", record, () -> {
                    platform.update(record, card);
                    return true;
                });
            }
        }
    }
}
