package uk.lscb.casereview.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.adapters.archfixtureone.ReachesAnotherAdapter;
import uk.lscb.casereview.adapters.archfixturetwo.AnotherAdapter;
import uk.lscb.casereview.adapters.mongo.MongoStore;
import uk.lscb.casereview.adapters.slack.SlackAssistant;
import uk.lscb.casereview.adapters.teams.TeamsBot;
import uk.lscb.casereview.core.conversation.Conversation;

/**
 * The boundaries between modules, checked here because bot is the one module with every other module on its
 * classpath: the adapters never depend on each other (each platform or store can be replaced alone) and Spring
 * stays in bot. The rules inside core (no package cycle, no framework, no system clock) are in core's
 * {@code ArchitectureTest}.
 */
@AnalyzeClasses(packages = "uk.lscb.casereview",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleBoundariesTest.NoTestJars.class})
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices()
            .matching("uk.lscb.casereview.adapters.(*)..").namingSlices("adapters.$1")
            .should().notDependOnEachOther()
            .because("each adapter (mongo, teams, slack) maps one outside system to core and can be replaced alone");

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
