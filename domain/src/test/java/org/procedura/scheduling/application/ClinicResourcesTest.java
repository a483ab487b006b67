package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_1;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_4;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_5;
import static org.procedura.scheduling.model.SchedulingFixtures.TPI;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.scheduling.model.SchedulingFixtures.weekdays;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;

class ClinicResourcesTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final ClinicResources resources = clinic.resources();

  private static Clinician.Profile profile(String name, ProcedureTypeCode... credentials) {
    return new Clinician.Profile(name, NPI_4, Set.of(credentials), true);
  }

  @Test
  void registersAClinicianCredentialedForCatalogProcedures() {
    Clinician diaz = resources.registerClinician(profile("Dr. Diaz", ESI, TPI));

    assertThat(diaz.getVersion()).isZero();
    assertThat(resources.clinician(diaz.getId()).mayPerform(TPI)).isTrue();
  }

  @Test
  void refusesACredentialForAProcedureNotInTheCatalog() {
    assertInvalid(
        "credentials",
        () -> resources.registerClinician(profile("Dr. Diaz", new ProcedureTypeCode("NOPE"))));
  }

  @Test
  void refusesAnNpiOfAnotherClinician() {
    assertConflict(
        "NPI_IN_USE",
        () ->
            resources.registerClinician(new Clinician.Profile("Dr. Diaz", NPI_1, Set.of(), true)));
  }

  @Test
  void revisesAClinicianAtTheVersionSeen() {
    Clinician revised =
        resources.reviseClinician(
            clinic.brown.getId(), 0, new Clinician.Profile("Dr. Brown", NPI_5, Set.of(ESI), true));

    assertThat(revised.getVersion()).isEqualTo(1);
    assertThat(revised.mayPerform(ESI)).isTrue();
    assertStale(
        0,
        1,
        () ->
            resources.reviseClinician(
                clinic.brown.getId(),
                0,
                new Clinician.Profile("Dr. Brown", NPI_5, Set.of(), true)));
  }

  @Test
  void listsCliniciansAndRoomsByName() {
    assertThat(resources.clinicians())
        .extracting(Clinician::getDisplayName)
        .containsExactly("Dr. Alvarez", "Dr. Brown", "Dr. Cruz");
    assertThat(resources.rooms())
        .extracting(Room::getName)
        .containsExactly("Consult 1", "Suite A", "Suite B");
  }

  @Test
  void refusesASecondRoomOfTheSameName() {
    assertConflict(
        "ROOM_NAME_IN_USE",
        () ->
            resources.openRoom(
                new Room.Setup("Suite A", RoomKind.PROCEDURE_SUITE, null, true, null)));
  }

  @Test
  void replacesAndReadsWorkingHours() {
    ResourceRef suiteB = ResourceRef.of(clinic.suiteB.getId());
    WeeklyHours mornings = weekdays("08:00", "12:00");

    resources.replaceHours(suiteB, mornings);

    assertThat(resources.hours(suiteB)).isEqualTo(mornings);
  }

  @Test
  void aResourceWithoutHoursHasNone() {
    Room suiteC =
        resources.openRoom(new Room.Setup("Suite C", RoomKind.PROCEDURE_SUITE, null, true, null));

    assertThat(resources.hours(ResourceRef.of(suiteC.getId()))).isEqualTo(WeeklyHours.NONE);
  }

  @Test
  void recordsAndListsTimeAway() {
    ResourceRef alvarez = ResourceRef.of(clinic.alvarez.getId());

    Unavailability away = resources.markAway(alvarez, slot(MONDAY, "12:00", "13:00"), "conference");

    assertThat(resources.away(alvarez, MONDAY, MONDAY)).containsExactly(away);
    assertThat(resources.away(alvarez, MONDAY.plusDays(1), MONDAY.plusDays(7))).isEmpty();
  }

  @Test
  void refusesTimeAwayAndListingsBeyondTheCalendar() {
    ResourceRef alvarez = ResourceRef.of(clinic.alvarez.getId());
    var farAhead = MONDAY.plusYears(PlausibleDates.CALENDAR_YEARS_AHEAD + 1);

    assertInvalid(
        "start", () -> resources.markAway(alvarez, slot(farAhead, "12:00", "13:00"), "conference"));
    assertInvalid("to", () -> resources.away(alvarez, MONDAY, farAhead));
    assertInvalid("from", () -> resources.away(alvarez, LocalDate.MIN, MONDAY));
    assertInvalid(
        "to",
        () -> resources.away(alvarez, MONDAY, MONDAY.plusDays(PlausibleDates.LONGEST_RANGE_DAYS)));
    assertThat(
            resources.away(alvarez, MONDAY, MONDAY.plusDays(PlausibleDates.LONGEST_RANGE_DAYS - 1)))
        .isEmpty();
  }

  @Test
  void refusesHoursForAnUnknownResourceOrAPatient() {
    assertThatThrownBy(() -> resources.hours(ResourceRef.of(ClinicianId.newId())))
        .isInstanceOf(NotFoundException.class);
    assertInvalid(
        "resource",
        () -> resources.replaceHours(ResourceRef.ofPatient(UUID.randomUUID()), WeeklyHours.NONE));
  }
}
