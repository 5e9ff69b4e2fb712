package uk.lscb.casereview.core.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.actions.ButtonAction;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.boards.Boards;
import uk.lscb.casereview.core.cases.CaseCommands;
import uk.lscb.casereview.core.cases.CaseRecord;
import uk.lscb.casereview.core.cases.CaseViews;
import uk.lscb.casereview.core.deadlines.London;
import uk.lscb.casereview.core.messages.Choice;
import uk.lscb.casereview.core.messages.UkDates;
import uk.lscb.casereview.core.messages.Fact;
import uk.lscb.casereview.core.messages.Reply;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.rules.TypedText;

/**
 * The learning log in chat, on every platform: {@code learning <words>} and {@code learning theme:"information
 * sharing"} search the findings both boards have recorded, showing each one's board, review type, year and finding
 * (never a child's name: every finding was checked for personal details before it was kept).
 */
public final class LearningCommands implements CaseCommands.More, CaseViews.Sections {
    private static final Pattern SEARCH = Pattern.compile("(?is)learning(?:\\s+(.*))?");
    /** Findings shown in one chat message. */
    static final int SHOWN = 10;
    /**
     * Findings, recommendations and actions each shown in {@code case}, and the most characters of each, so that a
     * review with many keeps within the platforms' limits (Teams' 28 KB a card).
     */
    private static final int IN_CASE = 10;
    private static final int IN_CASE_TEXT = 200;

    private final LearningSearch search;
    private final LearningThemes themes;
    private final Boards boards;
    private final LearningService service;
    private final LearningForms forms;

    public LearningCommands(LearningSearch search, LearningService service, LearningForms forms, Boards boards) {
        this.search = Objects.requireNonNull(search, "search");
        this.service = Objects.requireNonNull(service, "service");
        this.themes = service.themes();
        this.forms = Objects.requireNonNull(forms, "forms");
        this.boards = Objects.requireNonNull(boards, "boards");
    }

    @Override
    public Optional<List<Reply>> answer(String typed, UserRef who) {
        Matcher matcher = SEARCH.matcher(quotes(TypedText.clean(typed)));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String asked = matcher.group(1) == null ? "" : matcher.group(1).trim();
        if (asked.isEmpty()) {
            return Optional.of(List.of(new Reply.Say("Search the learning both boards have recorded: type learning "
                    + "and some words (learning neglect), or a theme (learning theme:\"information sharing\"). The "
                    + "themes: " + String.join(", ", themes.all()) + ".")));
        }
        LearningSearch.Page page = search.search(LearningSearch.Query.typed(asked, SHOWN));
        if (page.unknownTheme().isPresent()) {
            return Optional.of(List.of(new Reply.Say("That is not one of the themes. The themes: "
                    + String.join(", ", themes.all()) + ".")));
        }
        if (page.hits().isEmpty()) {
            return Optional.of(List.of(new Reply.Say("No recorded finding matches that. Try fewer words, or a theme: "
                    + String.join(", ", themes.all()) + ".")));
        }
        List<Fact> facts = new ArrayList<>();
        for (LearningSearch.Hit hit : page.hits()) {
            facts.add(Fact.of(heading(hit), hit.finding().title() + ": " + hit.finding().text() + " (Themes: "
                    + String.join(", ", hit.finding().themes()) + ".)"));
        }
        String title = "Learning log: " + (page.total() > page.hits().size() ? "the first " + page.hits().size()
                + " of " + page.total() + " findings" : page.total() + (page.total() == 1 ? " finding" : " findings"))
                + ", best matches first";
        return Optional.of(List.of(new Reply.Summary(title, facts, List.of())));
    }

    @Override
    public Optional<String> recorded(String typed) {
        Matcher matcher = SEARCH.matcher(quotes(TypedText.clean(typed)));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String asked = matcher.group(1) == null ? "" : matcher.group(1).trim();
        return Optional.of(asked.isEmpty() ? "learning" : "learning (a search of " + asked.length() + " characters)");
    }

    @Override
    public List<Fact> commands(boolean runsReviews) {
        return List.of(Fact.of("learning WORDS", "search the findings both boards have recorded (or a theme: "
                + "learning theme:\"information sharing\")"));
    }

    /** A learning form's button: the form, or why this person can't fill it in. */
    @Override
    public Optional<List<Reply>> pressed(ButtonAction action, UserRef who) {
        if (!(action instanceof ButtonAction.OpenStep open)) {
            return Optional.empty();
        }
        return forms.open(open, who).map(opened -> List.of(opened.form().<Reply>map(Reply.Form::new)
                .orElseGet(() -> new Reply.Say(opened.message()))));
    }

    /**
     * In {@code case}: the review's learning (findings, recommendations, actions and where each stands) with the
     * buttons of the forms this person may fill in; nothing for someone who can do nothing with it.
     */
    @Override
    public List<CaseViews.Section> of(CaseRecord record, UserRef who) {
        List<Choice> buttons = forms.buttons(record, who);
        if (buttons.isEmpty()) {
            return List.of();
        }
        Optional<ReviewLearning> review = service.of(record.id());
        List<Fact> facts = new ArrayList<>();
        LocalDate today = service.today();
        review.ifPresent(found -> {
            found.findings().stream().limit(IN_CASE).forEach(finding -> facts.add(Fact.of("Finding "
                    + finding.number(), LearningForms.clip(finding.title() + " (" + String.join(", ",
                    finding.themes()) + ")", IN_CASE_TEXT))));
            found.recommendations().stream().limit(IN_CASE).forEach(recommendation -> facts.add(Fact.of(
                    "Recommendation " + recommendation.number(), LearningForms.clip(recommendation.text() + " For "
                    + recommendation.addressedTo() + "; from finding" + (recommendation.findings().size() == 1 ? " " : "s ")
                    + recommendation.findings().stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ".", IN_CASE_TEXT))));
            // The actions still open first, soonest due first: what the person may have to do something about.
            found.actions().stream().sorted(java.util.Comparator.comparing(LearningAction::isDone)
                    .thenComparing(LearningAction::due)).limit(IN_CASE).forEach(action -> facts.add(Fact.of(
                    "Action " + action.number() + ": " + LearningForms.clip(action.agency(), 60), "due "
                    + UkDates.format(action.due()) + "; " + action.status(today).label())));
            found.shared().ifPresent(mark -> facts.add(Fact.of("Learning recorded", "by " + mark.who().displayName()
                    + " on " + UkDates.format(London.dateOf(mark.at())) + "; in both boards' learning log")));
            if (found.findings().size() > IN_CASE || found.recommendations().size() > IN_CASE
                    || found.actions().size() > IN_CASE) {
                facts.add(Fact.of("Not shown", "The first " + IN_CASE + " of " + found.findings().size()
                        + " findings, " + found.recommendations().size() + " recommendations and "
                        + found.actions().size() + " actions are shown; all of them: GET /api/cases/"
                        + record.reference().inAddress() + "/learning."));
            }
        });
        return List.of(new CaseViews.Section("Learning from " + record.reference().value(), facts, buttons));
    }

    /**
     * In {@code case}, for a lead reviewer or an action's owner who is not one of the board's people: the same
     * section, the only part of the case they are shown.
     */
    @Override
    public List<CaseViews.Section> forOthers(CaseRecord record, UserRef who) {
        return of(record, who);
    }

    /** "Stoke-on-Trent · Serious Case Review · 2027 · SCR-2027-004 finding 2 · Learning". */
    private String heading(LearningSearch.Hit hit) {
        ReviewLearning review = hit.review();
        String board = boards.get(review.board()).map(Board::name).orElse(review.board().value());
        return board + " · " + review.from() + " · " + review.sharedOn().map(day -> Integer.toString(
                day.getYear())).orElse("") + " · " + review.reference().value() + " finding "
                + hit.finding().number() + " · " + hit.finding().kind().label();
    }

    private static String quotes(String text) {
        return text.replace('\u201C', '"').replace('\u201D', '"');
    }
}
