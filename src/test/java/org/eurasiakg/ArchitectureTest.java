package org.eurasiakg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward (STYLE.md): the packages form no cycle, and only the command line knows the command line. */
@AnalyzeClasses(packages = "org.eurasiakg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.eurasiakg.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingImportsCli = noClasses().that().resideOutsideOfPackage("org.eurasiakg.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.eurasiakg.cli..");
}
