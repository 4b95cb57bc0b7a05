package nl.gezin1plan.monitor;

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

    @Test
    void writesTheModuleDocumentationToTarget() {
        new Documenter(modules).writeDocumentation();
    }
}
