package org.procedura.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The module graph of DESIGN.md as executable rules over every production class of every module.
 * Each rule is shown to fail on a class written to break it, so none can pass by checking nothing.
 */
class ArchitectureTest {
  private static final String[] DOMAIN = {"org.procedura..model..", "org.procedura..application.."};

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.procedura");

  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("org.procedura.archfixture");

  static final ArchRule DOMAIN_IS_PLAIN_JAVA =
      classes()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "jakarta.transaction..",
              "org.procedura..model..",
              "org.procedura..application..")
          .because("the domain depends on the JDK only (DESIGN.md, modules)");

  static final ArchRule WEB_DOES_NOT_SEE_PERSISTENCE =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..persistence..")
          .because("persistence is a runtime dependency of web: no controller touches an entity");

  static final ArchRule PERSISTENCE_DOES_NOT_SEE_WEB_OR_API =
      noClasses()
          .that()
          .resideInAPackage("..persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..web..", "org.procedura.api..");

  static final ArchRule API_IS_THE_CONTRACT_ONLY =
      classes()
          .that()
          .resideInAPackage("org.procedura.api..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "jakarta.validation..",
              "org.springframework.web.bind.annotation..",
              "org.springframework.web.service.annotation..",
              "org.springframework.http..",
              // OpenAPI annotations only: what the contract document says of each operation
              "io.swagger.v3.oas.annotations..",
              "org.procedura.api..");

  static final ArchRule FEATURES_ARE_FREE_OF_CYCLES =
      slices().matching("org.procedura.(*)..").should().beFreeOfCycles();

  @Test
  void importsTheClassesOfEveryModule() {
    assertThat(PRODUCTION.contain("org.procedura.patient.model.Patient")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.api.patient.PatientsApi")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.patient.persistence.PatientJpaEntity")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.patient.web.PatientController")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.referral.model.Referral")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.referral.persistence.ReferralJpaEntity")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.referral.web.ReferralController")).isTrue();
    assertThat(PRODUCTION.contain("org.procedura.archfixture.web.ControllerUsingEntity")).isFalse();
  }

  @Test
  void theDomainIsPlainJava() {
    DOMAIN_IS_PLAIN_JAVA.check(PRODUCTION);
  }

  @Test
  void webDoesNotSeePersistence() {
    WEB_DOES_NOT_SEE_PERSISTENCE.check(PRODUCTION);
  }

  @Test
  void persistenceDoesNotSeeWebOrTheApi() {
    PERSISTENCE_DOES_NOT_SEE_WEB_OR_API.check(PRODUCTION);
  }

  @Test
  void theApiIsTheContractOnly() {
    API_IS_THE_CONTRACT_ONLY.check(PRODUCTION);
  }

  @Test
  void featuresAreFreeOfCycles() {
    FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
  }

  @Test
  void theRulesFailOnClassesThatBreakThem() {
    assertThatThrownBy(() -> DOMAIN_IS_PLAIN_JAVA.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ModelUsingSpring")
        .hasMessageContaining("org.springframework.stereotype.Component");
    assertThatThrownBy(() -> WEB_DOES_NOT_SEE_PERSISTENCE.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ControllerUsingEntity");
  }
}
