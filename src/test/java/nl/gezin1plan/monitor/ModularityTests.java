package nl.gezin1plan.monitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Reads the module structure from the byte code: no Spring context, so it stays fast. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndFormNoCycle() {
        modules.verify();
    }

    /**
     * The components for background jobs (…VoorTaken) check no scope, as a job has no logged-in user: no view may
     * use them.
     */
    @Test
    void noViewUsesTheComponentsForBackgroundJobs() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("VoorTaken")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.gezin1plan.monitor"));
    }

    @Test
    void writesTheModuleDocumentationToTarget() {
        new Documenter(modules).writeDocumentation();
    }
}
