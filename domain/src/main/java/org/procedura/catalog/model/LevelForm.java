package org.procedura.catalog.model;

/**
 * How a procedure type names its vertebral levels: by the segment between two adjacent vertebrae
 * (the disc, foramen or facet joint an injection or ablation treats, "L4-L5"), or by the vertebra
 * itself (the fractured body vertebral augmentation fills, "L1").
 */
public enum LevelForm {
  SEGMENT("segments, such as L4-L5"),
  VERTEBRA("vertebrae, such as L1");

  private final String example;

  LevelForm(String example) {
    this.example = example;
  }

  /** Whether {@code level} is written in this form (its region is not checked here). */
  public boolean names(String level) {
    return level.contains("-") == (this == SEGMENT);
  }

  /** "segment", as a sentence names one level of this form. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** "segments, such as L4-L5", as a message explains the form. */
  public String example() {
    return example;
  }
}
