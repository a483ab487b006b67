package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImagingGuidanceTest {

  @Test
  void refusesContrastWithoutAModality() {
    assertInvalid("imaging.contrast", () -> new ImagingGuidance(Set.of(), true));
  }

  @Test
  void refusesContrastWhenModalitiesAreMissing() {
    assertInvalid("imaging.contrast", () -> new ImagingGuidance(null, true));
  }

  @Test
  void acceptsContrastWithOneModality() {
    ImagingGuidance guidance = new ImagingGuidance(Set.of(ImagingModality.FLUOROSCOPY), true);

    assertThat(guidance.contrast()).isTrue();
    assertThat(guidance.guided()).isTrue();
  }

  @Test
  void isGuidedWithoutContrast() {
    ImagingGuidance ultrasound = new ImagingGuidance(Set.of(ImagingModality.ULTRASOUND), false);

    assertThat(ultrasound.guided()).isTrue();
    assertThat(ultrasound.contrast()).isFalse();
  }

  @Test
  void noneIsUnguidedAndWithoutContrast() {
    ImagingGuidance none = ImagingGuidance.none();

    assertThat(none.guided()).isFalse();
    assertThat(none.contrast()).isFalse();
    assertThat(none.modalities()).isEmpty();
  }

  @Test
  void treatsMissingModalitiesAsNone() {
    assertThat(new ImagingGuidance(null, false)).isEqualTo(ImagingGuidance.none());
  }

  @Test
  void keepsItsOwnCopyOfTheModalities() {
    Set<ImagingModality> modalities = new HashSet<>(Set.of(ImagingModality.CT));
    ImagingGuidance guidance = new ImagingGuidance(modalities, false);

    modalities.add(ImagingModality.FLUOROSCOPY);

    assertThat(guidance.modalities()).containsExactly(ImagingModality.CT);
  }

  @Test
  void refusesAnEmptyModalityEntry() {
    Set<ImagingModality> withNull = new HashSet<>();
    withNull.add(ImagingModality.CT);
    withNull.add(null);

    assertInvalid("imaging.modalities", () -> new ImagingGuidance(withNull, false));
  }
}
