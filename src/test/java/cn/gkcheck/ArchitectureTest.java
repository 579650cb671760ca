package cn.gkcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of the code and their one-way arrows: cli → report → check → interpret →
 * read → format → model, each room using only rooms below it. A class that needs something from
 * a higher room has found a missing abstraction in a lower one; this test says so at build time.
 */
@AnalyzeClasses(packages = "cn.gkcheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule roomsUseOnlyRoomsBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("cn.gkcheck.cli..")
            .layer("report").definedBy("cn.gkcheck.report..")
            // prose computes derived facts for the rules, so it is part of check
            .layer("check").definedBy("cn.gkcheck.check..", "cn.gkcheck.prose..")
            .layer("interpret").definedBy("cn.gkcheck.interpret..")
            .layer("read").definedBy("cn.gkcheck.read..")
            .layer("format").definedBy("cn.gkcheck.format..")
            .layer("model").definedBy("cn.gkcheck.model..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "report")
            .whereLayer("interpret").mayOnlyBeAccessedByLayers("cli", "report", "check")
            .whereLayer("read").mayOnlyBeAccessedByLayers("cli", "report", "check", "interpret")
            .whereLayer("format").mayOnlyBeAccessedByLayers("cli", "report", "check", "interpret", "read")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "report", "check", "interpret", "read", "format");

    /** The official formats and the model are plain data: no file-format library reaches them. */
    @ArchTest
    static final ArchRule formatAndModelUseNoFileLibrary = noClasses()
            .that().resideInAnyPackage("cn.gkcheck.format..", "cn.gkcheck.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.pdfbox..", "org.apache.poi..", "org.jsoup..",
                    "org.apache.xmlbeans..", "org.openxmlformats..");
}
