package org.procedura.outcomes.model;

import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.procedura.catalog.model.Anatomies;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/** Builders for the outcomes tests. */
public final class OutcomeFixtures {
  public static final ProcedureTypeCode RFA = new ProcedureTypeCode("RFA_LUMB");
  public static final ProcedureType RFA_TYPE =
      ProcedureType.define(RFA, aDefinition().anatomy(Anatomies.FACET_LUMBAR).build());
  public static final Actor DOCTOR = new Actor("dr.alvarez");
  public static final Instant DONE = Instant.parse("2026-01-15T15:00:00Z");
  public static final LocalDate PROCEDURE_DAY = LocalDate.of(2026, 1, 15);
  public static final List<SteroidCap> CAPS =
      List.of(
          new SteroidCap("dexamethasone", new BigDecimal("10")),
          new SteroidCap("triamcinolone", new BigDecimal("80")));

  private OutcomeFixtures() {}

  public static FollowUp.Course course() {
    return new FollowUp.Course(
        new AppointmentId(UUID.randomUUID()),
        PatientId.newId(),
        RFA,
        new ClinicianId(UUID.randomUUID()));
  }

  public static FollowUpStep sixWeeks() {
    return new FollowUpStep("6 weeks", Period.ofWeeks(6), 7);
  }

  public static Stamp by(Instant at) {
    return new Stamp(at, DOCTOR);
  }

  public static ProcedureDetails details(List<Injectate> injectates) {
    return new ProcedureDetails(
        DONE,
        RFA,
        new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5", "L5-S1"), Laterality.RIGHT),
        ImagingModality.FLUOROSCOPY,
        95,
        new BigDecimal("4.20"),
        null,
        injectates,
        Sedation.LOCAL_ONLY,
        Complication.NONE,
        2);
  }

  public static ProcedureRecord openRecord() {
    return new ProcedureRecord(course(), SpinalRegion.LUMBAR, DONE, List.of(), List.of(), 0L);
  }
}
