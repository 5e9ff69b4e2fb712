package uk.lscb.casereview.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.archfixture.one.CallsTwo;
import uk.lscb.casereview.core.archfixture.two.CallsOne;
import uk.lscb.casereview.core.conversation.Conversation;
import uk.lscb.casereview.core.rules.wt2015.Wt2015;

/**
 * core is plain Java, takes its time from a Clock (STYLE.md, "Time"), and its packages form no cycle: each
 * depends only on packages below it (the order is in README.md, "Modules"). The rules across modules (adapters
 * independent of each other, Spring only in bot) are in bot's {@code ModuleBoundariesTest}, where every module
 * is on the classpath.
 */
@AnalyzeClasses(packages = "uk.lscb.casereview.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNoFrameworkOrPlatform = noClasses()
            .that().resideInAPackage("uk.lscb.casereview.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "com.microsoft.bot..",
                    "com.slack.api..", "de.bwaldvogel..", "com.fasterxml.jackson..")
            .because("core is plain Java: adapters map the platforms to it");

    @ArchTest
    static final ArchRule corePackagesFormNoCycle = slices().matching("uk.lscb.casereview.core.(**)")
            .namingSlices("core.$1")
            .should().beFreeOfCycles()
            .because("each package of core depends only on the packages below it, so that each can be read,"
                    + " tested and changed without the ones above it");

    @ArchTest
    static final ArchRule coreNeverReadsTheSystemClock = noClasses()
            .that().resideInAPackage("uk.lscb.casereview.core..")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .because("everything in core takes a Clock or an Instant, so that tests can fix the time");

    /** The rules are not vacuous: core's classes are imported, and a clock-reading class is caught. */
    @Test
    void rulesSeeCoreAndCatchAViolation() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.lscb.casereview.core");
        assertThat(core.contain(Conversation.class)).isTrue();
        assertThat(core.contain(Wt2015.class)).isTrue();

        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheSystemClock.class);
        assertThat(coreNeverReadsTheSystemClock.evaluate(offender).hasViolation()).isTrue();
    }

    /** The cycle rule is not vacuous: two test packages that use each other are reported, naming both. */
    @Test
    void cycleRuleReportsTwoPackagesThatUseEachOther() {
        JavaClasses planted = new ClassFileImporter().importClasses(CallsTwo.class, CallsOne.class);

        EvaluationResult result = corePackagesFormNoCycle.evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("core.archfixture.one", "core.archfixture.two", CallsTwo.class.getName());
    }

    /** Lives in the tests only, to show that the clock rule catches what it should. */
    static final class ReadsTheSystemClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }
}
