package org.procedura.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module graph of DESIGN.md as executable rules over every production class of every module.
 * Each rule is shown to fail on a class written to break it, so none can pass by checking nothing.
 * The conventions of docs/conventions.md that a class's shape shows are checked here too.
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

  static final ArchRule PORTS_LIVE_IN_MODEL =
      noClasses()
          .that()
          .resideInAPackage("org.procedura..application..")
          .should()
          .beInterfaces()
          .because("a port lives in its feature's model package (docs/conventions.md)");

  static final ArchRule ENUMS_ARE_MAPPED_NOT_BRIDGED_BY_NAME =
      classes()
          .that()
          .resideInAPackage("org.procedura..web..")
          .should(notBridgeEnumsByName())
          .because("API and domain enums are mapped by MapStruct (docs/conventions.md)");

  /** The plain-JDBC adapters docs/conventions.md allows: read models, append-only, reference. */
  static final Set<String> JDBC_ADAPTERS =
      Set.of(
          "AuditTrailJdbcAdapter",
          "SignInThrottlesJdbcAdapter",
          "BaselinesJdbcAdapter",
          "ReferralHistoryJdbcAdapter",
          "SteroidCapsJdbcAdapter",
          "ChecklistLimitsJdbcAdapter",
          "ChecklistRecordsJdbcAdapter",
          "HoldTablesJdbcAdapter",
          "PatientChartsJdbcAdapter",
          "PatientDocumentsJdbcAdapter",
          "RuleCheckRecordsJdbcAdapter",
          "RuleSetsJdbcAdapter",
          "AppointmentQueriesJdbcAdapter",
          "IdempotencyKeysJdbcAdapter",
          "ResourcePatientsJdbcAdapter",
          "OperationsFiguresJdbcAdapter",
          "OutcomeFiguresJdbcAdapter",
          "WaitingTimeSamplesJdbcAdapter",
          "WorkingTimeJdbcAdapter",
          "AuthorizationVisitsJdbcAdapter",
          "AuthorizationQueriesJdbcAdapter",
          "OutboxJdbcAdapter",
          "MessageTemplatesJdbcAdapter");

  static final ArchRule JDBC_ONLY_FOR_THE_KINDS_THE_CONVENTIONS_ALLOW =
      classes()
          .that()
          .haveSimpleNameEndingWith("JdbcAdapter")
          .should(beNamedIn(JDBC_ADAPTERS))
          .because("a mutable, versioned aggregate is stored with JPA (docs/conventions.md)");

  static final ArchRule WIRING_IMPLEMENTS_NO_PORT_INLINE =
      classes()
          .that()
          .haveSimpleNameEndingWith("Wiring")
          .should(buildEveryInterfaceFromANamedClass())
          .because("a port is implemented by a named class, not a lambda (docs/conventions.md)");

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
  void portsLiveInTheirFeaturesModelPackage() {
    PORTS_LIVE_IN_MODEL.check(PRODUCTION);
  }

  @Test
  void enumsAreMappedNotBridgedByName() {
    ENUMS_ARE_MAPPED_NOT_BRIDGED_BY_NAME.check(PRODUCTION);
  }

  @Test
  void jdbcAdaptersAreOnlyOfTheKindsTheConventionsAllow() {
    JDBC_ONLY_FOR_THE_KINDS_THE_CONVENTIONS_ALLOW.check(PRODUCTION);
  }

  @Test
  void wiringImplementsNoPortInline() {
    WIRING_IMPLEMENTS_NO_PORT_INLINE.check(PRODUCTION);
  }

  @Test
  void theConventionRulesFailOnClassesThatBreakThem() {
    assertThatThrownBy(() -> PORTS_LIVE_IN_MODEL.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PortInApplication");
    assertThatThrownBy(() -> ENUMS_ARE_MAPPED_NOT_BRIDGED_BY_NAME.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ControllerBridgingEnums");
    assertThatThrownBy(() -> JDBC_ONLY_FOR_THE_KINDS_THE_CONVENTIONS_ALLOW.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NotesJdbcAdapter");
    assertThatThrownBy(() -> WIRING_IMPLEMENTS_NO_PORT_INLINE.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PortByLambdaWiring");
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

  /** No method (a lambda's body included) both reads an enum's name and looks one up by it. */
  private static ArchCondition<JavaClass> notBridgeEnumsByName() {
    return new ArchCondition<>("not turn one enum into another with valueOf(name())") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
          Set<JavaMethodCall> calls = unit.getMethodCallsFromSelf();
          boolean readsName = calls.stream().anyMatch(call -> ofOurEnum(call, "name"));
          boolean looksUp = calls.stream().anyMatch(call -> ofOurEnum(call, "valueOf"));
          if (readsName && looksUp) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " bridges enums with valueOf(name())"));
          }
        }
      }
    };
  }

  private static boolean ofOurEnum(JavaMethodCall call, String method) {
    JavaClass owner = call.getTargetOwner();
    return call.getName().equals(method)
        && owner.isEnum()
        && owner.getPackageName().startsWith("org.procedura");
  }

  private static ArchCondition<JavaClass> beNamedIn(Set<String> allowed) {
    return new ArchCondition<>("be one of the JDBC adapters docs/conventions.md allows") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        if (!allowed.contains(javaClass.getSimpleName())) {
          events.add(
              SimpleConditionEvent.violated(
                  javaClass,
                  javaClass.getName() + " is not a kind of JDBC adapter the table allows"));
        }
      }
    };
  }

  /**
   * Every bean method that provides an interface builds a class implementing it; a lambda or a
   * method reference builds none.
   */
  private static ArchCondition<JavaClass> buildEveryInterfaceFromANamedClass() {
    return new ArchCondition<>("build every interface it provides from a named class") {
      @Override
      public void check(JavaClass wiring, ConditionEvents events) {
        for (JavaMethod method : wiring.getMethods()) {
          JavaClass provided = method.getRawReturnType();
          boolean built =
              method.getConstructorCallsFromSelf().stream()
                  .anyMatch(call -> call.getTargetOwner().isAssignableTo(provided.getName()));
          if (provided.isInterface() && !method.getName().startsWith("lambda$") && !built) {
            events.add(
                SimpleConditionEvent.violated(
                    method, method.getFullName() + " provides " + provided.getName() + " inline"));
          }
        }
      }
    };
  }
}
