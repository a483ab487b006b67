package org.procedura.console.web;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The day view's grid: a column per room (or per physician), a row per five minutes of the clinic's
 * wall-clock time (from opening, or the earliest appointment, to closing, or the latest), each
 * appointment one block spanning its rows. A cell a block covers is left out, as a table with row
 * spans needs.
 */
record DayGrid(List<Column> columns, List<Row> rows, List<DayBlock> offGrid) {
  static final int STEP_MINUTES = 5;

  /** A room or a physician, by id and name. */
  record Column(UUID id, String name) {}

  /** An appointment placed in a column from one wall-clock time to another. */
  record Placed(UUID columnId, LocalTime start, LocalTime end, DayBlock block) {}

  /**
   * A cell of the table in {@code column}: a block spanning {@code rows} rows, or a free five
   * minutes starting {@code at}.
   */
  record Cell(DayBlock block, int rows, Column column, LocalTime at) {
    public boolean free() {
      return block == null;
    }

    /** A free quarter hour offers a booking there; the free rows between are left quiet. */
    public boolean bookable() {
      return free() && at.getMinute() % 15 == 0;
    }
  }

  record Row(LocalTime time, List<Cell> cells) {
    /** Rows on the quarter hour carry their time; the others are drawn lighter. */
    public boolean quarter() {
      return time.getMinute() % 15 == 0;
    }
  }

  static DayGrid of(List<Column> columns, List<Placed> placed, LocalTime opens, LocalTime closes) {
    LocalTime first = opens;
    LocalTime last = closes;
    for (Placed p : placed) {
      first = p.start().isBefore(first) ? p.start() : first;
      last = p.end().isAfter(last) || p.end().equals(LocalTime.MIDNIGHT) ? p.end() : last;
    }
    first = first.truncatedTo(ChronoUnit.HOURS);
    int rowCount = rowsBetween(first, last);
    Map<UUID, Integer> columnOf = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      columnOf.put(columns.get(c).id(), c);
    }
    Cell[][] cells = new Cell[rowCount][columns.size()];
    boolean[][] covered = new boolean[rowCount][columns.size()];
    List<DayBlock> offGrid = new ArrayList<>();
    for (Placed p : placed.stream().sorted(Comparator.comparing(Placed::start)).toList()) {
      Integer column = columnOf.get(p.columnId());
      int top = rowsBetween(first, p.start()) - (fitsGrid(first, p.start()) ? 0 : 1);
      int span = Math.max(1, rowsBetween(p.start(), p.end()));
      if (column == null || top < 0 || top + span > rowCount || taken(covered, column, top, span)) {
        offGrid.add(p.block());
        continue;
      }
      cells[top][column] = new Cell(p.block(), span, columns.get(column), p.start());
      for (int r = top; r < top + span; r++) {
        covered[r][column] = true;
      }
    }
    List<Row> rows = new ArrayList<>(rowCount);
    for (int r = 0; r < rowCount; r++) {
      LocalTime at = first.plusMinutes((long) r * STEP_MINUTES);
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        if (cells[r][c] != null) {
          row.add(cells[r][c]);
        } else if (!covered[r][c]) {
          row.add(new Cell(null, 1, columns.get(c), at));
        }
      }
      rows.add(new Row(at, row));
    }
    return new DayGrid(List.copyOf(columns), rows, offGrid);
  }

  private static boolean taken(boolean[][] covered, int column, int top, int span) {
    for (int r = top; r < top + span; r++) {
      if (covered[r][column]) {
        return true;
      }
    }
    return false;
  }

  /** Five-minute rows from one time to the next, a started one counted whole. */
  private static int rowsBetween(LocalTime from, LocalTime to) {
    long minutes =
        to.equals(LocalTime.MIDNIGHT) && !from.equals(LocalTime.MIDNIGHT)
            ? ChronoUnit.MINUTES.between(from, LocalTime.MAX) + 1
            : ChronoUnit.MINUTES.between(from, to);
    return (int) ((minutes + STEP_MINUTES - 1) / STEP_MINUTES);
  }

  private static boolean fitsGrid(LocalTime first, LocalTime time) {
    return ChronoUnit.MINUTES.between(first, time) % STEP_MINUTES == 0;
  }
}
