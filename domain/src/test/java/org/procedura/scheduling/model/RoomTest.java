package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.ImagingModality.CT;
import static org.procedura.catalog.model.ImagingModality.FLUOROSCOPY;
import static org.procedura.catalog.model.ImagingModality.ULTRASOUND;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.scheduling.model.SchedulingFixtures.inactiveRoom;
import static org.procedura.scheduling.model.SchedulingFixtures.room;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ImagingGuidance;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;

class RoomTest {
  private static final ProcedureDefinition FLUORO_GUIDED =
      aDefinition().imaging(new ImagingGuidance(Set.of(FLUOROSCOPY), true)).build();
  private static final ProcedureDefinition FLUORO_OR_CT_GUIDED =
      aDefinition().imaging(new ImagingGuidance(Set.of(FLUOROSCOPY, CT), true)).build();
  private static final ProcedureDefinition UNGUIDED =
      aDefinition().imaging(ImagingGuidance.none()).build();

  /** The definition as it is, except that only an operating room will do. */
  static ProcedureDefinition inOperatingRoomOnly(ProcedureDefinition d) {
    return new ProcedureDefinition(
        d.name(),
        d.category(),
        d.cptCodes(),
        d.imaging(),
        d.settings(),
        true,
        d.defaultDuration(),
        d.sedation(),
        d.bleedingRisk(),
        d.purpose(),
        d.anatomy(),
        d.active());
  }

  @Test
  void aConsultRoomNeverSuitsAProcedure() {
    Room consult = room("Consult 1", RoomKind.CONSULT_ROOM, FLUOROSCOPY, CT, ULTRASOUND);

    assertThat(consult.suits(UNGUIDED)).isFalse();
    assertThat(consult.suits(FLUORO_GUIDED)).isFalse();
  }

  @Test
  void aProcedureForTheOperatingRoomNeedsOne() {
    ProcedureDefinition surgical = inOperatingRoomOnly(FLUORO_GUIDED);

    assertThat(room("Suite A", RoomKind.PROCEDURE_SUITE, FLUOROSCOPY).suits(surgical)).isFalse();
    assertThat(room("OR 1", RoomKind.OPERATING_ROOM, FLUOROSCOPY).suits(surgical)).isTrue();
  }

  @Test
  void anOperatingRoomStillNeedsTheImaging() {
    ProcedureDefinition surgical = inOperatingRoomOnly(FLUORO_GUIDED);

    assertThat(room("OR 1", RoomKind.OPERATING_ROOM, ULTRASOUND).suits(surgical)).isFalse();
  }

  @Test
  void aGuidedProcedureNeedsOneOfItsModalities() {
    assertThat(room("Suite A", RoomKind.PROCEDURE_SUITE, FLUOROSCOPY).suits(FLUORO_GUIDED))
        .isTrue();
    assertThat(room("Suite C", RoomKind.PROCEDURE_SUITE, CT).suits(FLUORO_OR_CT_GUIDED)).isTrue();
    assertThat(room("Suite B", RoomKind.PROCEDURE_SUITE, ULTRASOUND).suits(FLUORO_OR_CT_GUIDED))
        .isFalse();
    assertThat(room("Suite D", RoomKind.PROCEDURE_SUITE).suits(FLUORO_GUIDED)).isFalse();
  }

  @Test
  void anOperatingRoomSuitsAProcedureThatDoesNotRequireOne() {
    assertThat(room("OR 1", RoomKind.OPERATING_ROOM, FLUOROSCOPY).suits(FLUORO_GUIDED)).isTrue();
  }

  @Test
  void anUnguidedProcedureSuitsAnyProcedureRoom() {
    assertThat(room("Suite D", RoomKind.PROCEDURE_SUITE).suits(UNGUIDED)).isTrue();
    assertThat(room("Suite B", RoomKind.PROCEDURE_SUITE, ULTRASOUND).suits(UNGUIDED)).isTrue();
    assertThat(room("OR 1", RoomKind.OPERATING_ROOM).suits(UNGUIDED)).isTrue();
  }

  @Test
  void anInactiveRoomSuitsNothing() {
    Room closed = inactiveRoom("Suite A", RoomKind.PROCEDURE_SUITE, FLUOROSCOPY);

    assertThat(closed.suits(UNGUIDED)).isFalse();
    assertThat(closed.suits(FLUORO_GUIDED)).isFalse();
    assertThat(inactiveRoom("Consult 1", RoomKind.CONSULT_ROOM).suitsVisits()).isFalse();
  }

  @Test
  void visitsNeedAnActiveConsultRoom() {
    assertThat(room("Consult 1", RoomKind.CONSULT_ROOM).suitsVisits()).isTrue();
    assertThat(room("Suite A", RoomKind.PROCEDURE_SUITE, FLUOROSCOPY).suitsVisits()).isFalse();
    assertThat(room("OR 1", RoomKind.OPERATING_ROOM).suitsVisits()).isFalse();
  }

  @Test
  void aSetupNeedsANameOfAtMostSixtyCharactersAndAKind() {
    assertThat(new Room.Setup("x".repeat(60), RoomKind.CONSULT_ROOM, null, true, null).name())
        .hasSize(60);
    assertInvalid(
        "name", () -> new Room.Setup("x".repeat(61), RoomKind.CONSULT_ROOM, Set.of(), true, null));
    assertInvalid("name", () -> new Room.Setup(" ", RoomKind.CONSULT_ROOM, Set.of(), true, null));
    assertInvalid("kind", () -> new Room.Setup("Suite A", null, Set.of(), true, null));
  }

  @Test
  void missingImagingMeansNone() {
    assertThat(new Room.Setup("Suite D", RoomKind.PROCEDURE_SUITE, null, true, null).imaging())
        .isEmpty();
    assertThat(
            new Room.Setup(
                    "Suite D", RoomKind.PROCEDURE_SUITE, Set.<ImagingModality>of(), true, null)
                .imaging())
        .isEmpty();
  }

  @Test
  void refusesARevisionOfAStaleCopy() {
    Room stored =
        new Room(
            RoomId.newId(),
            new Room.Setup("Suite A", RoomKind.PROCEDURE_SUITE, null, true, null),
            1L);
    Room.Setup renamed = new Room.Setup("Suite Z", RoomKind.PROCEDURE_SUITE, null, true, null);

    assertStale(0, 1, () -> stored.revise(0, renamed));
    assertThat(stored.getName()).isEqualTo("Suite A");

    stored.revise(1, renamed);
    assertThat(stored.getName()).isEqualTo("Suite Z");
  }
}
