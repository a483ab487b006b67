package org.procedura.catalog.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The regions of the spine and their vertebrae, top to bottom. A level is named by one vertebra
 * ("L4") or by a segment of two adjacent ones ("L4-L5"); it belongs to the region of its upper
 * vertebra, so L5-S1 is lumbar and C7-T1 cervical.
 *
 * <p>The segments a procedure can be done at start at C2-C3: C1-C2 (atlas and axis) has no disc and
 * no facet joint of the kind the catalog's procedures treat. The sacral segments S1-S2 to S4-S5
 * name the sacral foramina (S1-S2 for an S1 transforaminal injection) down to the hiatus.
 */
public enum SpinalRegion {
  CERVICAL('C', 7, 2),
  THORACIC('T', 12, 1),
  LUMBAR('L', 5, 1),
  SACRAL('S', 5, 1);

  private final char prefix;
  private final int vertebrae;
  private final int firstSegmentFrom;

  SpinalRegion(char prefix, int vertebrae, int firstSegmentFrom) {
    this.prefix = prefix;
    this.vertebrae = vertebrae;
    this.firstSegmentFrom = firstSegmentFrom;
  }

  /** Every vertebra in order, C1 to S5. */
  static final List<String> SPINE =
      Arrays.stream(values())
          .flatMap(
              region ->
                  IntStream.rangeClosed(1, region.vertebrae)
                      .mapToObj(n -> region.prefix + String.valueOf(n)))
          .toList();

  /**
   * The region of {@code level} when it is a vertebra of the spine or a segment of two adjacent
   * ones: the region of its upper vertebra. Empty for anything else.
   */
  public static Optional<SpinalRegion> of(String level) {
    String[] ends = level.split("-", -1);
    int upper = SPINE.indexOf(ends[0]);
    if (upper < 0 || ends.length > 2 || (ends.length == 2 && SPINE.indexOf(ends[1]) != upper + 1)) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(r -> r.prefix == ends[0].charAt(0)).findFirst();
  }

  /** Whether {@code level} is a vertebra, or a segment with its upper vertebra, in this region. */
  public boolean owns(String level) {
    return of(level).filter(this::equals).isPresent();
  }

  /** The vertebrae of this region, top to bottom: C1 to C7, T1 to T12, L1 to L5, S1 to S5. */
  public List<String> vertebrae() {
    return IntStream.rangeClosed(1, vertebrae).mapToObj(n -> prefix + String.valueOf(n)).toList();
  }

  /**
   * The segments of this region a procedure can be done at, top to bottom: C2-C3 to C7-T1, T1-T2 to
   * T12-L1, L1-L2 to L5-S1, S1-S2 to S4-S5.
   */
  public List<String> segments() {
    return IntStream.range(SPINE.indexOf(prefix + String.valueOf(firstSegmentFrom)), SPINE.size())
        .filter(upper -> upper + 1 < SPINE.size() && SPINE.get(upper).charAt(0) == prefix)
        .mapToObj(upper -> SPINE.get(upper) + "-" + SPINE.get(upper + 1))
        .toList();
  }

  /** The levels of this region a procedure naming levels in {@code form} can be done at. */
  public List<String> levels(LevelForm form) {
    return form == LevelForm.SEGMENT ? segments() : vertebrae();
  }

  /** "cervical", as a sentence names the region. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
