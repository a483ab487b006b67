package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.shared.model.InvalidInputException;

class EntityTagsTest {

  @Test
  void writesTheVersionAsAStrongTag() {
    assertThat(EntityTags.of(3L)).isEqualTo("\"3\"");
    assertThat(EntityTags.of(null)).isEqualTo("\"0\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"12\"", "W/\"12\"", "12", " \"12\" "})
  void readsTheVersionFromIfMatch(String header) {
    assertThat(EntityTags.versionFromIfMatch(header)).isEqualTo(12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void requiresIfMatch(String header) {
    assertThatThrownBy(() -> EntityTags.versionFromIfMatch(header))
        .isInstanceOf(VersionRequiredException.class);
    assertThatThrownBy(() -> EntityTags.versionFromIfMatch(null))
        .isInstanceOf(VersionRequiredException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "\"abc\"", "\"-1\"", "\"1234567890123456789\""})
  void refusesAnIfMatchThatIsNotAVersion(String header) {
    assertThatThrownBy(() -> EntityTags.versionFromIfMatch(header))
        .isInstanceOf(InvalidInputException.class);
  }
}
