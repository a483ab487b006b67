package org.procedura.console.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.Complication;
import org.procedura.outcomes.model.ComplicationCode;
import org.procedura.outcomes.model.Injectate;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.InvalidInputException;

/**
 * The physician's record of a procedure as typed, the wall-clock time in the clinic's zone; each
 * value is checked by the domain, and one that is not even a number or a date is refused here in
 * the same words.
 */
class ProcedureRecordForm {
  private String performedAt;
  private String procedureType;
  private String region;
  private String levels;
  private String side;
  private String imaging;
  private String fluoroscopySeconds;
  private String fluoroscopyDoseMgy;
  private String contrastMl;
  private List<String> drug = new ArrayList<>(List.of("", ""));
  private List<String> doseMg = new ArrayList<>(List.of("", ""));
  private String sedation;
  private String complication = ComplicationCode.NONE.name();
  private String complicationNote;
  private String immediatePain;

  ProcedureDetails toDetails(ZoneId zone) {
    return new ProcedureDetails(
        performedAt(zone),
        new ProcedureTypeCode(required(procedureType, "procedureType", "the procedure")),
        new ProcedureSite(
            blank(region) ? null : choice(SpinalRegion.class, region, "site.region"),
            blank(levels)
                ? List.of()
                : Arrays.stream(levels.split(",")).map(String::strip).toList(),
            blank(side) ? null : choice(Laterality.class, side, "site.laterality")),
        blank(imaging) ? null : choice(ImagingModality.class, imaging, "imaging"),
        blank(fluoroscopySeconds) ? null : whole(fluoroscopySeconds, "fluoroscopySeconds"),
        blank(fluoroscopyDoseMgy) ? null : number(fluoroscopyDoseMgy, "fluoroscopyDoseMgy"),
        blank(contrastMl) ? null : number(contrastMl, "contrastMl"),
        injectates(),
        choice(Sedation.class, required(sedation, "sedation", "the sedation"), "sedation"),
        new Complication(
            choice(ComplicationCode.class, complication, "complication.code"),
            blank(complicationNote) ? null : complicationNote),
        whole(
            required(immediatePain, "immediatePain", "the pain score right after"),
            "immediatePain"));
  }

  private java.time.Instant performedAt(ZoneId zone) {
    try {
      return LocalDateTime.parse(required(performedAt, "performedAt", "when it was done").strip())
          .atZone(zone)
          .toInstant();
    } catch (DateTimeParseException notATime) {
      throw new InvalidInputException("performedAt", "When it was done is a date and time");
    }
  }

  private List<Injectate> injectates() {
    List<Injectate> given = new ArrayList<>();
    for (int i = 0; i < Math.max(drug.size(), doseMg.size()); i++) {
      String name = i < drug.size() ? drug.get(i) : null;
      String dose = i < doseMg.size() ? doseMg.get(i) : null;
      if (blank(name) && blank(dose)) {
        continue;
      }
      given.add(new Injectate(name, blank(dose) ? null : number(dose, "doseMg")));
    }
    return given;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String required(String value, String field, String what) {
    if (blank(value)) {
      throw new InvalidInputException(field, "Enter " + what);
    }
    return value;
  }

  private static BigDecimal number(String value, String field) {
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new InvalidInputException(field, field + " is a number, not \"" + value.strip() + "\"");
    }
  }

  private static int whole(String value, String field) {
    try {
      return number(value, field).intValueExact();
    } catch (ArithmeticException notWhole) {
      throw new InvalidInputException(field, field + " is a whole number");
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException notOne) {
      throw new InvalidInputException(field, "Choose one of the values offered for " + field);
    }
  }

  public String getPerformedAt() {
    return performedAt;
  }

  public void setPerformedAt(String performedAt) {
    this.performedAt = performedAt;
  }

  public String getProcedureType() {
    return procedureType;
  }

  public void setProcedureType(String procedureType) {
    this.procedureType = procedureType;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }

  public String getSide() {
    return side;
  }

  public void setSide(String side) {
    this.side = side;
  }

  public String getImaging() {
    return imaging;
  }

  public void setImaging(String imaging) {
    this.imaging = imaging;
  }

  public String getFluoroscopySeconds() {
    return fluoroscopySeconds;
  }

  public void setFluoroscopySeconds(String fluoroscopySeconds) {
    this.fluoroscopySeconds = fluoroscopySeconds;
  }

  public String getFluoroscopyDoseMgy() {
    return fluoroscopyDoseMgy;
  }

  public void setFluoroscopyDoseMgy(String fluoroscopyDoseMgy) {
    this.fluoroscopyDoseMgy = fluoroscopyDoseMgy;
  }

  public String getContrastMl() {
    return contrastMl;
  }

  public void setContrastMl(String contrastMl) {
    this.contrastMl = contrastMl;
  }

  public List<String> getDrug() {
    return drug;
  }

  public void setDrug(List<String> drug) {
    this.drug = drug;
  }

  public List<String> getDoseMg() {
    return doseMg;
  }

  public void setDoseMg(List<String> doseMg) {
    this.doseMg = doseMg;
  }

  public String getSedation() {
    return sedation;
  }

  public void setSedation(String sedation) {
    this.sedation = sedation;
  }

  public String getComplication() {
    return complication;
  }

  public void setComplication(String complication) {
    this.complication = complication;
  }

  public String getComplicationNote() {
    return complicationNote;
  }

  public void setComplicationNote(String complicationNote) {
    this.complicationNote = complicationNote;
  }

  public String getImmediatePain() {
    return immediatePain;
  }

  public void setImmediatePain(String immediatePain) {
    this.immediatePain = immediatePain;
  }
}
