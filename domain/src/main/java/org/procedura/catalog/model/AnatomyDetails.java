package org.procedura.catalog.model;

import org.procedura.shared.model.InvalidInputException;

/**
 * Which anatomical details a booking of this type must name: the spinal region, the vertebral
 * levels, the side.
 */
public record AnatomyDetails(
    boolean spinalRegionRequired, boolean levelsRequired, boolean lateralityRequired) {
  public AnatomyDetails {
    if (levelsRequired && !spinalRegionRequired) {
      throw new InvalidInputException(
          "anatomy.levelsRequired", "levels only make sense within a spinal region");
    }
  }
}
