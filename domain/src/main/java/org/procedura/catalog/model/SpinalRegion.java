package org.procedura.catalog.model;

import java.util.List;

/**
 * The regions of the spine and their vertebrae, top to bottom. A level is named by one vertebra
 * ("L4") or by a segment of two adjacent ones ("L4-L5"); it belongs to the region of its upper
 * vertebra, so L5-S1 is lumbar and C7-T1 cervical.
 */
public enum SpinalRegion {
  CERVICAL('C', 7),
  THORACIC('T', 12),
  LUMBAR('L', 5),
  SACRAL('S', 5);

  private final char prefix;
  private final int vertebrae;

  SpinalRegion(char prefix, int vertebrae) {
    this.prefix = prefix;
    this.vertebrae = vertebrae;
  }

  /** Every vertebra in order, C1 to S5. */
  static final List<String> SPINE =
      java.util.Arrays.stream(values())
          .flatMap(
              region ->
                  java.util.stream.IntStream.rangeClosed(1, region.vertebrae)
                      .mapToObj(n -> region.prefix + String.valueOf(n)))
          .toList();

  /**
   * True when {@code level} is a vertebra of the spine or a segment of two adjacent ones, and its
   * upper vertebra is in this region.
   */
  public boolean owns(String level) {
    String[] ends = level.split("-");
    int upper = SPINE.indexOf(ends[0]);
    if (upper < 0 || ends[0].charAt(0) != prefix) {
      return false;
    }
    return ends.length == 1 || (ends.length == 2 && SPINE.indexOf(ends[1]) == upper + 1);
  }
}
