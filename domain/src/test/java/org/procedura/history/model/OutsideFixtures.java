package org.procedura.history.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.procedura.catalog.model.ProcedureDefinitionBuilder;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/**
 * A fixed day in the clinic's zone, the catalog entries the tests record, and a builder of the
 * details of an outside lumbar transforaminal ESI that each test changes only where it matters.
 */
public final class OutsideFixtures {
  /** 2026-11-21 at 07:00 in New York. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneId.of("America/New_York"));

  public static final LocalDate TODAY = LocalDate.now(CLOCK);
  public static final Stamp NURSE = new Stamp(CLOCK.instant(), new Actor("nurse"));
  public static final Stamp PHYSICIAN = new Stamp(CLOCK.instant(), new Actor("physician"));

  public static final ProcedureType ESI_TF_LUMB =
      new ProcedureType(
          new ProcedureTypeCode("ESI_TF_LUMB"),
          ProcedureDefinitionBuilder.aDefinition().build(),
          0L);

  /** Trigger points: no spinal region, no levels, no side. */
  public static final ProcedureType TPI =
      new ProcedureType(
          new ProcedureTypeCode("TPI"),
          ProcedureDefinitionBuilder.aDefinition()
              .name("Trigger point injections")
              .anatomy(org.procedura.catalog.model.Anatomies.NO_SITE)
              .build(),
          0L);

  public static final ProcedureSite LEFT_L4_L5 =
      new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT);

  private OutsideFixtures() {}

  public static Details anOutsideEsi() {
    return new Details();
  }

  /** A stored outside procedure of {@code patient} at {@code version}. */
  public static OutsideProcedure stored(PatientId patient, long version) {
    return new OutsideProcedure(
        OutsideProcedureId.newId(), patient, anOutsideEsi().build(), NURSE, null, null, version);
  }

  public static final class Details {
    private LocalDate performedOn = TODAY.minusMonths(4);
    private ProcedureTypeCode type = ESI_TF_LUMB.getCode();
    private ProcedureSite site = LEFT_L4_L5;
    private OutsideRelief relief = new OutsideRelief(70, Period.ofMonths(3), null);
    private String performedBy = "Dr. Rivera, Valley Spine Center";
    private String source = "letter from Dr. Rivera, 2026-10-02";

    private Details() {}

    public Details on(LocalDate performedOn) {
      this.performedOn = performedOn;
      return this;
    }

    public Details type(ProcedureTypeCode type) {
      this.type = type;
      return this;
    }

    public Details site(ProcedureSite site) {
      this.site = site;
      return this;
    }

    public Details relief(OutsideRelief relief) {
      this.relief = relief;
      return this;
    }

    public Details performedBy(String performedBy) {
      this.performedBy = performedBy;
      return this;
    }

    public Details source(String source) {
      this.source = source;
      return this;
    }

    public OutsideProcedureDetails build() {
      return new OutsideProcedureDetails(performedOn, type, site, relief, performedBy, source);
    }
  }
}
