package org.procedura.scheduling.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Arithmetic on lists of time slots, each kept sorted and without overlaps. */
public final class FreeTime {
  private FreeTime() {}

  /** Sorts and joins slots that overlap or touch. */
  public static List<TimeSlot> merge(List<TimeSlot> slots) {
    List<TimeSlot> sorted = new ArrayList<>(slots);
    sorted.sort(Comparator.comparing(TimeSlot::start));
    List<TimeSlot> merged = new ArrayList<>();
    for (TimeSlot slot : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !slot.start().isAfter(merged.get(last).end())) {
        TimeSlot previous = merged.get(last);
        Instant end = previous.end().isAfter(slot.end()) ? previous.end() : slot.end();
        merged.set(last, new TimeSlot(previous.start(), end));
      } else {
        merged.add(slot);
      }
    }
    return merged;
  }

  /** What is left of {@code free} once {@code taken} is removed; both merged first. */
  public static List<TimeSlot> subtract(List<TimeSlot> free, List<TimeSlot> taken) {
    List<TimeSlot> remaining = new ArrayList<>();
    List<TimeSlot> busy = merge(taken);
    int b = 0;
    for (TimeSlot slot : merge(free)) {
      Instant cursor = slot.start();
      while (b < busy.size() && !busy.get(b).end().isAfter(cursor)) {
        b++;
      }
      int i = b;
      while (i < busy.size() && busy.get(i).start().isBefore(slot.end())) {
        if (busy.get(i).start().isAfter(cursor)) {
          remaining.add(new TimeSlot(cursor, busy.get(i).start()));
        }
        if (busy.get(i).end().isAfter(cursor)) {
          cursor = busy.get(i).end();
        }
        i++;
      }
      if (cursor.isBefore(slot.end())) {
        remaining.add(new TimeSlot(cursor, slot.end()));
      }
    }
    return remaining;
  }

  /** The time free in both lists, each already merged. */
  public static List<TimeSlot> intersect(List<TimeSlot> a, List<TimeSlot> b) {
    List<TimeSlot> both = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      Instant start = later(a.get(i).start(), b.get(j).start());
      Instant end = earlier(a.get(i).end(), b.get(j).end());
      if (start.isBefore(end)) {
        both.add(new TimeSlot(start, end));
      }
      if (a.get(i).end().isBefore(b.get(j).end())) {
        i++;
      } else {
        j++;
      }
    }
    return both;
  }

  private static Instant later(Instant x, Instant y) {
    return x.isAfter(y) ? x : y;
  }

  private static Instant earlier(Instant x, Instant y) {
    return x.isBefore(y) ? x : y;
  }
}
