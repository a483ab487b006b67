package org.procedura.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void fillsItsPlaceholdersAndLeavesAMissingValueEmpty() {
    var template =
        new MessageTemplate(
            MessageKind.REMINDER, "en", "Your {what} {lead}", "Dear {givenName},\n{holds}See you.");

    assertThat(template.subjectWith(Map.of("what", "visit", "lead", "tomorrow")))
        .isEqualTo("Your visit tomorrow");
    assertThat(template.bodyWith(Map.of("givenName", "Ada $1")))
        .isEqualTo("Dear Ada $1,\nSee you.");
  }

  @Test
  void refusesAnUnknownPlaceholder() {
    assertInvalid(
        "body",
        () -> new MessageTemplate(MessageKind.REMINDER, "en", "Subject", "Your {diagnosis}"));
  }

  @Test
  void refusesALanguageThatIsNotATwoLetterCode() {
    assertInvalid(
        "language", () -> new MessageTemplate(MessageKind.REMINDER, "EN", "Subject", "Body"));
  }
}
