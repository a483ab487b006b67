package org.procedura.outcomes.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.Sedation;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * What the physician did, as recorded: when, which procedure type, where, under which imaging
 * (fluoroscopy with its time and dose), contrast, injectates, sedation, complications and the pain
 * score right after. {@code imaging} is null when no imaging guided it; {@code contrastMl} is null
 * or 0 when none was used.
 */
public record ProcedureDetails(
    Instant performedAt,
    ProcedureTypeCode procedureType,
    ProcedureSite site,
    ImagingModality imaging,
    Integer fluoroscopySeconds,
    BigDecimal fluoroscopyDoseMgy,
    BigDecimal contrastMl,
    List<Injectate> injectates,
    Sedation sedation,
    Complication complication,
    int immediatePain) {

  /** Far above any real procedure; keeps a typing slip from reaching the database. */
  static final BigDecimal MOST_DOSE_MGY = new BigDecimal("10000");

  static final BigDecimal MOST_CONTRAST_ML = new BigDecimal("500");

  public ProcedureDetails {
    Check.present(performedAt, "performedAt");
    Check.present(procedureType, "procedureType");
    site = site == null ? ProcedureSite.NONE : site;
    if (imaging == ImagingModality.FLUOROSCOPY) {
      Check.present(fluoroscopySeconds, "fluoroscopySeconds");
      Check.present(fluoroscopyDoseMgy, "fluoroscopyDoseMgy");
      if (fluoroscopySeconds < 0 || fluoroscopySeconds > 36_000) {
        throw new InvalidInputException(
            "fluoroscopySeconds", "fluoroscopySeconds must be from 0 to 36000");
      }
      if (fluoroscopyDoseMgy.signum() < 0
          || fluoroscopyDoseMgy.scale() > 2
          || fluoroscopyDoseMgy.compareTo(MOST_DOSE_MGY) > 0) {
        throw new InvalidInputException(
            "fluoroscopyDoseMgy",
            "fluoroscopyDoseMgy must be from 0 to " + MOST_DOSE_MGY + ", to two decimals");
      }
    } else if (fluoroscopySeconds != null || fluoroscopyDoseMgy != null) {
      throw new InvalidInputException(
          "fluoroscopySeconds", "fluoroscopy time and dose are recorded only under fluoroscopy");
    }
    if (contrastMl != null
        && (contrastMl.signum() < 0
            || contrastMl.scale() > 1
            || contrastMl.compareTo(MOST_CONTRAST_ML) > 0)) {
      throw new InvalidInputException(
          "contrastMl", "contrastMl must be from 0 to " + MOST_CONTRAST_ML + ", to one decimal");
    }
    injectates = List.copyOf(Check.noNulls(Check.present(injectates, "injectates"), "injectates"));
    Check.present(sedation, "sedation");
    Check.present(complication, "complication");
    if (immediatePain < 0 || immediatePain > 10) {
      throw new InvalidInputException("immediatePain", "immediatePain is an NRS score, 0 to 10");
    }
  }

  /** The names of the parts that differ from {@code before}, as an amendment reports them. */
  public List<String> changedFrom(ProcedureDetails before) {
    List<String> changed = new ArrayList<>();
    compare(changed, "performedAt", before.performedAt, performedAt);
    compare(changed, "procedureType", before.procedureType, procedureType);
    compare(changed, "site", before.site, site);
    compare(changed, "imaging", before.imaging, imaging);
    compare(changed, "fluoroscopySeconds", before.fluoroscopySeconds, fluoroscopySeconds);
    compareNumber(changed, "fluoroscopyDoseMgy", before.fluoroscopyDoseMgy, fluoroscopyDoseMgy);
    compareNumber(changed, "contrastMl", before.contrastMl, contrastMl);
    if (!sameInjectates(before.injectates, injectates)) {
      changed.add("injectates");
    }
    compare(changed, "sedation", before.sedation, sedation);
    compare(changed, "complication", before.complication, complication);
    compare(changed, "immediatePain", before.immediatePain, immediatePain);
    return changed;
  }

  private static void compare(List<String> changed, String name, Object was, Object is) {
    if (!Objects.equals(was, is)) {
      changed.add(name);
    }
  }

  private static void compareNumber(List<String> changed, String name, BigDecimal a, BigDecimal b) {
    if (a == null || b == null ? a != b : a.compareTo(b) != 0) {
      changed.add(name);
    }
  }

  private static boolean sameInjectates(List<Injectate> a, List<Injectate> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).drug().equals(b.get(i).drug())
          || a.get(i).doseMg().compareTo(b.get(i).doseMg()) != 0) {
        return false;
      }
    }
    return true;
  }
}
