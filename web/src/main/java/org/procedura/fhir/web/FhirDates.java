package org.procedura.fhir.web;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;

/** Days and instants between FHIR's types and java.time, in the clinic's zone where it matters. */
final class FhirDates {
  private FhirDates() {}

  /** A search for one day ({@code eq}, or no prefix); any other precision or prefix is a 400. */
  static LocalDate day(DateParam date, String parameter) {
    if (date.getPrefix() != null && date.getPrefix() != ParamPrefixEnum.EQUAL) {
      throw new InvalidRequestException(parameter + ": only one day (eq) is searched");
    }
    if (date.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new InvalidRequestException(parameter + ": give a day, YYYY-MM-DD");
    }
    return day(date.getValueAsString(), parameter);
  }

  static LocalDate day(DateType date, String parameter) {
    if (date == null || date.isEmpty()) {
      return null;
    }
    if (date.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new InvalidRequestException(parameter + ": give a day, YYYY-MM-DD");
    }
    return day(date.getValueAsString(), parameter);
  }

  private static LocalDate day(String text, String parameter) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException notADay) {
      throw new InvalidRequestException(parameter + ": give a day, YYYY-MM-DD");
    }
  }

  static Date date(LocalDate day) {
    return day == null ? null : java.sql.Date.valueOf(day);
  }

  static DateType dateType(LocalDate day) {
    return new DateType(day.toString());
  }

  static InstantType instantType(Instant instant) {
    return new InstantType(Date.from(instant), TemporalPrecisionEnum.SECOND, UTC);
  }

  static DateTimeType dateTime(Instant instant, ZoneId zone) {
    return new DateTimeType(
        Date.from(instant), TemporalPrecisionEnum.SECOND, java.util.TimeZone.getTimeZone(zone));
  }

  private static final java.util.TimeZone UTC = java.util.TimeZone.getTimeZone("UTC");
}
