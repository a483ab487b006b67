package org.procedura.console.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.shared.model.InvalidInputException;

/**
 * Values of the administrators' forms read as the model's types; a value that is not one is refused
 * with the field's name, as the API's validation would (400).
 */
final class FormValues {
  private FormValues() {}

  static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, field + " must be one of " + Arrays.toString(type.getEnumConstants())));
  }

  static <E extends Enum<E>> Set<E> setOf(Class<E> type, List<String> values, String field) {
    Set<E> set = EnumSet.noneOf(type);
    if (values != null) {
      values.forEach(value -> set.add(oneOf(type, value, field)));
    }
    return set;
  }

  static LocalTime time(String value, String field) {
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " must be a time such as 09:30");
    }
  }

  static LocalDateTime dateTime(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, field + " is required");
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " must be a day and time");
    }
  }

  static int number(String value, String field) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidInputException(field, field + " must be a whole number");
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
