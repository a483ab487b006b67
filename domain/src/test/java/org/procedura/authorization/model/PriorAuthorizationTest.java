package org.procedura.authorization.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CptCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;

class PriorAuthorizationTest {
  private static final LocalDate FROM = LocalDate.of(2027, 3, 1);
  private static final Stamp STAMP =
      new Stamp(Instant.parse("2027-02-20T10:00:00Z"), new Actor("desk"));

  static AuthorizationTerms terms(LocalDate to, int visits) {
    return new AuthorizationTerms(
        "Noridian",
        List.of(new CptCode("64493")),
        2,
        SpinalRegion.LUMBAR,
        Laterality.LEFT,
        FROM,
        to,
        visits,
        "fax 2027-02-19");
  }

  private static PriorAuthorization stored(AuthorizationStatus status, String number) {
    PriorAuthorization a =
        PriorAuthorization.record(
            PatientId.newId(), terms(FROM.plusDays(60), 2), status, number, STAMP);
    return new PriorAuthorization(
        a.getId(),
        a.getPatient(),
        a.getTerms(),
        a.getStatus(),
        a.getNumber(),
        null,
        STAMP,
        null,
        3L);
  }

  @Test
  void validForAYearAndADayAtMostAndEndingOnOrAfterItsFirstDay() {
    assertThat(terms(FROM, 1).validTo()).isEqualTo(FROM);
    assertThat(terms(FROM.plusDays(366), 1).validTo()).isEqualTo(FROM.plusDays(366));
    assertThatThrownBy(() -> terms(FROM.plusDays(367), 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
    assertThatThrownBy(() -> terms(FROM.minusDays(1), 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
  }

  @Test
  void approvesOneVisitAtLeast() {
    assertThat(terms(FROM, 1).visitsApproved()).isEqualTo(1);
    assertThatThrownBy(() -> terms(FROM, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anApprovedOneNeedsThePayersNumberARequestedOneNot() {
    assertThat(stored(AuthorizationStatus.REQUESTED, null).getNumber()).isNull();
    assertThatThrownBy(() -> stored(AuthorizationStatus.APPROVED, " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("number"));
    assertThatThrownBy(() -> stored(AuthorizationStatus.DENIED, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRequestIsApprovedOrDeniedAndAnApprovedOneExpiresButNeverComesBack() {
    PriorAuthorization requested = stored(AuthorizationStatus.REQUESTED, null);
    requested.decide(3, AuthorizationStatus.APPROVED, "PA-9", null, STAMP);
    assertThat(requested.getStatus()).isEqualTo(AuthorizationStatus.APPROVED);
    assertThat(requested.getNumber()).isEqualTo("PA-9");

    PriorAuthorization approved = stored(AuthorizationStatus.APPROVED, "PA-1");
    approved.decide(3, AuthorizationStatus.EXPIRED, null, "withdrawn by the payer", STAMP);
    assertThat(approved.getNote()).isEqualTo("withdrawn by the payer");
    assertThatThrownBy(
            () ->
                stored(AuthorizationStatus.APPROVED, "PA-1")
                    .decide(3, AuthorizationStatus.DENIED, null, null, STAMP))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aStaleCopyIsRefusedAndADeniedOneCannotBeRevised() {
    PriorAuthorization requested = stored(AuthorizationStatus.REQUESTED, null);
    assertThatThrownBy(() -> requested.revise(2, terms(FROM.plusDays(30), 3), STAMP))
        .isInstanceOf(StaleVersionException.class);
    requested.revise(3, terms(FROM.plusDays(30), 3), STAMP);
    assertThat(requested.getTerms().visitsApproved()).isEqualTo(3);

    PriorAuthorization denied = stored(AuthorizationStatus.REQUESTED, null);
    denied.decide(3, AuthorizationStatus.DENIED, null, "not medically necessary", STAMP);
    assertThatThrownBy(() -> denied.revise(3, terms(FROM.plusDays(30), 3), STAMP))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
