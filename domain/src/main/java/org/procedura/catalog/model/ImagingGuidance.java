package org.procedura.catalog.model;

import java.util.EnumSet;
import java.util.Set;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Which modalities may guide the procedure (any one of them suffices) and whether contrast is
 * injected. No modality means the procedure is done by landmarks, without image guidance.
 */
public record ImagingGuidance(Set<ImagingModality> modalities, boolean contrast) {
  public ImagingGuidance {
    modalities =
        modalities == null || modalities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(Check.noNulls(modalities, "imaging.modalities")));
    if (contrast && modalities.isEmpty()) {
      throw new InvalidInputException(
          "imaging.contrast", "contrast needs an imaging modality to be seen with");
    }
  }

  public static ImagingGuidance none() {
    return new ImagingGuidance(Set.of(), false);
  }

  public boolean guided() {
    return !modalities.isEmpty();
  }
}
