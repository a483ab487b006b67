package org.procedura.authorization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.authorization.model.AuthorizationQueries;
import org.procedura.authorization.model.PriorAuthorizationId;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.AuthorizationCovers;
import org.procedura.rules.model.InMemoryRuleSets;
import org.procedura.rules.model.RuleHeader;
import org.procedura.rules.model.RuleScope;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.InvalidInputException;

/**
 * The worklist's days at their bounds, and which bookings without an authorization need one: those
 * a PRIOR_AUTHORIZATION rule of the patient's rule set applies to, in its care setting.
 */
class AuthorizationWorklistTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T15:00:00Z"), ZONE);
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");

  private final List<LocalDate[]> askedExpiring = new ArrayList<>();
  private final List<AuthorizationQueries.UnauthorizedBooking> bookings = new ArrayList<>();
  private final InMemoryRuleSets ruleSets = new InMemoryRuleSets();
  private final AuthorizationWorklist worklist =
      new AuthorizationWorklist(new Queries(), ruleSets, CLOCK);

  {
    ruleSets.saveNewVersion(
        new RuleSet(
            MEDICARE,
            1,
            List.of(
                new AuthorizationCovers(
                    new RuleHeader(
                        "PRIOR_AUTHORIZATION_HOSPITAL",
                        Severity.BLOCK,
                        RuleScope.of(ProcedureCategory.NEUROMODULATION),
                        "NGS"),
                    Set.of(CareSetting.HOSPITAL_OUTPATIENT)))));
  }

  @Test
  void coversOneToNinetyDaysFromToday() {
    worklist.within(1);
    worklist.within(90);

    assertThat(askedExpiring)
        .extracting(range -> range[1])
        .containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 5, 30));
    assertThatThrownBy(() -> worklist.within(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> worklist.within(91)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void listsOnlyBookingsTheirPatientsRuleSetAsksAnAuthorizationFor() {
    var inHospital = booking(MEDICARE, CareSetting.HOSPITAL_OUTPATIENT);
    var inAsc = booking(MEDICARE, CareSetting.AMBULATORY_SURGERY_CENTER);
    var uncovered = booking(null, CareSetting.HOSPITAL_OUTPATIENT);
    bookings.addAll(List.of(inHospital, inAsc, uncovered));

    assertThat(worklist.within(14).needingOne()).containsExactly(inHospital);
  }

  private static AuthorizationQueries.UnauthorizedBooking booking(
      RuleSetCode ruleSet, CareSetting setting) {
    return new AuthorizationQueries.UnauthorizedBooking(
        UUID.randomUUID(),
        PatientId.newId(),
        ruleSet,
        new ProcedureTypeCode("SCS_TRIAL"),
        ProcedureCategory.NEUROMODULATION,
        ProcedurePurpose.DIAGNOSTIC,
        setting,
        Instant.parse("2027-03-05T14:00:00Z"));
  }

  private final class Queries implements AuthorizationQueries {
    @Override
    public Map<PriorAuthorizationId, Usage> usageOf(Collection<PriorAuthorizationId> ids) {
      return Map.of();
    }

    @Override
    public List<Expiring> expiringBetween(LocalDate from, LocalDate to) {
      askedExpiring.add(new LocalDate[] {from, to});
      return List.of();
    }

    @Override
    public List<UnauthorizedBooking> bookingsWithoutAuthorization(Instant from, Instant to) {
      return bookings;
    }
  }
}
