package uk.lscb.casereview.bot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.adapters.archfixtureone.ReachesAnotherAdapter;
import uk.lscb.casereview.adapters.archfixturetwo.AnotherAdapter;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.adapters.slack.SlackAssistant;
import uk.lscb.casereview.adapters.slack.SlackSettings;
import uk.lscb.casereview.adapters.teams.TeamsBot;
import uk.lscb.casereview.adapters.teams.TeamsSettings;
import uk.lscb.casereview.bot.archfixture.ReachesIntoAnAdapter;
import uk.lscb.casereview.core.conversation.Conversation;

/**
 * The boundaries between modules, checked here because bot is the one module with every other module on its
 * classpath: the adapters never depend on each other (each platform or store can be replaced alone), the rest of
 * the application reaches each adapter only through its one public entry type, and Spring stays in bot. The rules
 * inside core (no package cycle, no framework, no system clock) are in core's {@code ArchitectureTest}.
 */
@AnalyzeClasses(packages = "uk.lscb.casereview",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleBoundariesTest.NoTestJars.class})
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices()
            .matching("uk.lscb.casereview.adapters.(*)..").namingSlices("adapters.$1")
            .should().notDependOnEachOther()
            .because("each adapter (mongo, teams, slack) maps one outside system to core and can be replaced alone");

    /** Each adapter's one public entry type: {@code MongoStore}, {@code TeamsBot}, {@code SlackAssistant}. */
    static final Set<Class<?>> ENTRY_TYPES = Set.of(MongoStore.class, TeamsBot.class, SlackAssistant.class);

    /**
     * The adapters' own types that the entry types' constructors take, and so stay public: the platforms' settings.
     * Types nested in an entry type ({@code TeamsBot.Response}, {@code MongoStore.Embedded}) are allowed too.
     */
    static final Set<Class<?>> EXPOSED_BY_ENTRY_TYPES = Set.of(TeamsSettings.class, SlackSettings.class);

    @ArchTest
    static final ArchRule adaptersAreReachedOnlyThroughTheirEntryTypes = noClasses()
            .that().resideOutsideOfPackage("uk.lscb.casereview.adapters..")
            .should().dependOnClassesThat(adapterTypesOtherThan(ENTRY_TYPES, EXPOSED_BY_ENTRY_TYPES))
            .because("an adapter's insides (its cards, handlers, delivery classes, embedded store) can change "
                    + "without touching the application when only its entry type is used from outside it");

    @ArchTest
    static final ArchRule springOnlyInBot = noClasses()
            .that().resideInAPackage("uk.lscb.casereview..")
            .and().resideOutsideOfPackage("uk.lscb.casereview.bot..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("only bot wires the application; core and the adapters are plain Java and their SDKs");

    @ArchTest
    static final ArchRule adaptersAndCoreDoNotDependOnBot = noClasses()
            .that().resideInAnyPackage("uk.lscb.casereview.core..", "uk.lscb.casereview.adapters..")
            .should().dependOnClassesThat().resideInAPackage("uk.lscb.casereview.bot..")
            .because("bot depends on them, never the other way");

    /** The rules are not vacuous: the classes they check come from every module. */
    @Test
    void rulesSeeTheMainClassesOfEveryModule() {
        JavaClasses all = new ClassFileImporter()
                .withImportOptions(List.of(new ImportOption.DoNotIncludeTests(), new NoTestJars()))
                .importPackages("uk.lscb.casereview");

        assertThat(all.contain(Conversation.class)).isTrue();
        assertThat(all.contain(MongoStore.class)).isTrue();
        assertThat(all.contain(TeamsBot.class)).isTrue();
        assertThat(all.contain(SlackAssistant.class)).isTrue();
        assertThat(all.contain(CaseReviewApplication.class)).isTrue();
        assertThat(all.contain(ReachesAnotherAdapter.class)).isFalse();
        assertThat(all.contain(ReachesIntoAnAdapter.class)).isFalse();
    }

    @Test
    void anAdapterUsingAnotherAdapterIsReported() {
        EvaluationResult result = adaptersDoNotDependOnEachOther.evaluate(planted());

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("adapters.archfixtureone", "adapters.archfixturetwo", ReachesAnotherAdapter.class.getName());
    }

    @Test
    void springOutsideBotIsReported() {
        EvaluationResult result = springOnlyInBot.evaluate(planted());

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(ReachesAnotherAdapter.class.getName(), "org.springframework.util.StringUtils");
    }

    @Test
    void anAdapterTypeOtherThanItsEntryTypeUsedOutsideTheAdapterIsReported() {
        EvaluationResult result = adaptersAreReachedOnlyThroughTheirEntryTypes.evaluate(
                new ClassFileImporter().importClasses(ReachesIntoAnAdapter.class));

        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains(ReachesIntoAnAdapter.class.getName() + ".fileSize(" + Path.class.getName(),
                "uk.lscb.casereview.adapters.mongo.embedded.EmbeddedBackend.open(");
        assertThat(report).as("the entry type itself may be used").doesNotContain("answers(");
    }

    /**
     * A type in {@code uk.lscb.casereview.adapters..} that is none of {@code entryTypes}, {@code exposed} or a type
     * nested in an entry type (such as {@code MongoStore.Embedded}).
     */
    private static DescribedPredicate<JavaClass> adapterTypesOtherThan(Set<Class<?>> entryTypes,
                                                                       Set<Class<?>> exposed) {
        Set<String> allowed = Stream.concat(entryTypes.stream(), exposed.stream()).map(Class::getName)
                .collect(Collectors.toSet());
        Set<String> nestedIn = entryTypes.stream().map(type -> type.getName() + "$").collect(Collectors.toSet());
        DescribedPredicate<JavaClass> allowedType = DescribedPredicate.describe(
                "an entry type, a type nested in one or a type they expose " + allowed.stream().sorted().toList(),
                type -> allowed.contains(type.getName()) || nestedIn.stream().anyMatch(type.getName()::startsWith));
        return resideInAPackage("uk.lscb.casereview.adapters..").and(DescribedPredicate.not(allowedType))
                .as("are adapter types other than their entry types");
    }

    private static JavaClasses planted() {
        return new ClassFileImporter().importClasses(ReachesAnotherAdapter.class, AnotherAdapter.class);
    }

    /**
     * Leaves out the test-jars (core's contract tests, the adapters' fixtures) that bot's tests use: a jar is
     * not a {@code test-classes} folder, so {@link ImportOption.DoNotIncludeTests} alone would take them in.
     */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
