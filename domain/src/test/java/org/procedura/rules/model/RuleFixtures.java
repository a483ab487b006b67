package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;

/** Procedures, patients and rules of the Medicare-style set of docs/clinical-reference.md §2. */
final class RuleFixtures {
  static final LocalDate DAY = LocalDate.of(2027, 6, 15);

  private RuleFixtures() {}

  static ProcedureFacts tfEsiLumbar(LocalDate date) {
    return procedure(
        "ESI_TF_LUMB",
        ProcedureCategory.EPIDURAL_STEROID_INJECTION,
        ProcedurePurpose.THERAPEUTIC,
        date,
        Laterality.LEFT);
  }

  static ProcedureFacts ilEsiLumbar(LocalDate date) {
    return procedure(
        "ESI_IL_LUMB",
        ProcedureCategory.EPIDURAL_STEROID_INJECTION,
        ProcedurePurpose.THERAPEUTIC,
        date,
        null);
  }

  static ProcedureFacts mbbLumbar(LocalDate date, Laterality side) {
    return procedure("MBB_LUMB", ProcedureCategory.FACET, ProcedurePurpose.DIAGNOSTIC, date, side);
  }

  static ProcedureFacts rfaLumbar(LocalDate date, Laterality side) {
    return procedure(
        "RFA_LUMB",
        ProcedureCategory.RADIOFREQUENCY_ABLATION,
        ProcedurePurpose.THERAPEUTIC,
        date,
        side);
  }

  static ProcedureFacts procedure(
      String type,
      ProcedureCategory category,
      ProcedurePurpose purpose,
      LocalDate date,
      Laterality side) {
    return new ProcedureFacts(
        new ProcedureTypeCode(type),
        category,
        purpose,
        SpinalRegion.LUMBAR,
        List.of("L4-L5"),
        side,
        date,
        ImagingModality.FLUOROSCOPY,
        true,
        CareSetting.AMBULATORY_SURGERY_CENTER);
  }

  static ProcedureFacts withRegion(ProcedureFacts p, SpinalRegion region) {
    return new ProcedureFacts(
        p.type(),
        p.category(),
        p.purpose(),
        region,
        List.of(),
        p.laterality(),
        p.date(),
        p.imaging(),
        p.contrast(),
        p.setting());
  }

  static ProcedureFacts withImaging(ProcedureFacts p, ImagingModality imaging, boolean contrast) {
    return new ProcedureFacts(
        p.type(),
        p.category(),
        p.purpose(),
        p.region(),
        p.levels(),
        p.laterality(),
        p.date(),
        imaging,
        contrast,
        p.setting());
  }

  static ProcedureFacts withLevels(ProcedureFacts p, Laterality side, String... levels) {
    return new ProcedureFacts(
        p.type(),
        p.category(),
        p.purpose(),
        p.region(),
        List.of(levels),
        side,
        p.date(),
        p.imaging(),
        p.contrast(),
        p.setting());
  }

  static ProcedureFacts inSetting(ProcedureFacts p, CareSetting setting) {
    return new ProcedureFacts(
        p.type(),
        p.category(),
        p.purpose(),
        p.region(),
        p.levels(),
        p.laterality(),
        p.date(),
        p.imaging(),
        p.contrast(),
        setting);
  }

  static PastProcedure done(ProcedureFacts procedure, Integer peakRelief, Period halfReliefLasted) {
    return new PastProcedure(procedure, peakRelief, halfReliefLasted);
  }

  /** Pain for six months, six weeks of conservative care, nothing special. */
  static PatientFacts patient() {
    return new PatientFacts(DAY.minusMonths(6), 6, false, false, Set.of("M54.16"), Set.of());
  }

  static PatientFacts patient(LocalDate painOnset, Integer careWeeks) {
    return new PatientFacts(painOnset, careWeeks, false, false, Set.of("M54.16"), Set.of());
  }

  static RuleContext context(
      PatientFacts patient, ProcedureFacts planned, PastProcedure... history) {
    return new RuleContext(patient, planned, List.of(history));
  }

  static RuleHeader header(String id, RuleScope scope) {
    return new RuleHeader(id, Severity.BLOCK, scope, "LCD family (secondary)");
  }

  static final RuleScope ESI = RuleScope.of(ProcedureCategory.EPIDURAL_STEROID_INJECTION);
  static final RuleScope DIAGNOSTIC_MBB =
      RuleScope.of(new ProcedureTypeCode("MBB_LUMB"), new ProcedureTypeCode("MBB_CERV"));
  static final RuleScope RFA = RuleScope.of(ProcedureCategory.RADIOFREQUENCY_ABLATION);
}
