package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DayGridTest {
  private static final UUID ROOM_A = UUID.randomUUID();
  private static final UUID ROOM_B = UUID.randomUUID();
  private static final List<DayGrid.Column> ROOMS =
      List.of(new DayGrid.Column(ROOM_A, "A"), new DayGrid.Column(ROOM_B, "B"));

  @Test
  void hasARowPerFiveMinutesFromOpeningToClosing() {
    DayGrid grid = DayGrid.of(ROOMS, List.of(), LocalTime.of(8, 0), LocalTime.of(9, 0));

    assertThat(grid.rows()).hasSize(12);
    assertThat(grid.rows().getFirst().time()).isEqualTo(LocalTime.of(8, 0));
    assertThat(grid.rows().getLast().time()).isEqualTo(LocalTime.of(8, 55));
    assertThat(grid.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(2));
  }

  @Test
  void placesABlockOverItsRowsAndLeavesOutTheCellsItCovers() {
    DayBlock block = block();
    var placed = new DayGrid.Placed(ROOM_B, LocalTime.of(8, 10), LocalTime.of(8, 40), block);

    DayGrid grid = DayGrid.of(ROOMS, List.of(placed), LocalTime.of(8, 0), LocalTime.of(9, 0));

    assertThat(grid.rows().get(1).cells()).hasSize(2).allMatch(DayGrid.Cell::free);
    DayGrid.Row atTen = grid.rows().get(2);
    assertThat(atTen.cells()).hasSize(2);
    assertThat(atTen.cells().get(1).block()).isSameAs(block);
    assertThat(atTen.cells().get(1).rows()).isEqualTo(6);
    assertThat(grid.rows().subList(3, 8)).allSatisfy(row -> assertThat(row.cells()).hasSize(1));
    assertThat(grid.rows().get(8).cells()).hasSize(2);
    assertThat(grid.offGrid()).isEmpty();
  }

  @Test
  void growsToShowAnAppointmentBeforeOpeningOrAfterClosing() {
    var early = new DayGrid.Placed(ROOM_A, LocalTime.of(6, 30), LocalTime.of(7, 0), block());
    var late = new DayGrid.Placed(ROOM_A, LocalTime.of(19, 0), LocalTime.of(19, 20), block());

    DayGrid grid = DayGrid.of(ROOMS, List.of(early, late), LocalTime.of(7, 0), LocalTime.of(19, 0));

    assertThat(grid.rows().getFirst().time()).isEqualTo(LocalTime.of(6, 0));
    assertThat(grid.rows().getLast().time()).isEqualTo(LocalTime.of(19, 15));
  }

  @Test
  void listsApartWhatCannotBeDrawnInItsRoom() {
    var first = new DayGrid.Placed(ROOM_A, LocalTime.of(8, 0), LocalTime.of(8, 30), block());
    var overlapping = new DayGrid.Placed(ROOM_A, LocalTime.of(8, 20), LocalTime.of(8, 50), block());
    var unknownRoom =
        new DayGrid.Placed(UUID.randomUUID(), LocalTime.of(8, 0), LocalTime.of(8, 30), block());

    DayGrid grid =
        DayGrid.of(
            ROOMS,
            List.of(first, overlapping, unknownRoom),
            LocalTime.of(8, 0),
            LocalTime.of(9, 0));

    assertThat(grid.offGrid()).containsExactlyInAnyOrder(overlapping.block(), unknownRoom.block());
  }

  private static DayBlock block() {
    return new DayBlock(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Doe, Jane",
        "ESI_TF_LUMB",
        "L4-L5 left",
        "08:10",
        "08:40",
        "Dr. Test",
        "CHECKED_IN");
  }
}
