package org.procedura.referral.model;

import static org.procedura.patient.model.PatientFixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.Stamp;

/** A valid referral from a primary-care physician, which each test changes where it matters. */
public final class ReferralFixtures {
  public static final Actor FRONT_DESK = new Actor("frontdesk");
  public static final Actor PHYSICIAN = new Actor("physician");
  public static final Stamp RECEIVED_STAMP =
      new Stamp(Instant.parse("2026-11-21T12:00:00Z"), FRONT_DESK);
  public static final Stamp DECIDED_STAMP =
      new Stamp(Instant.parse("2026-11-21T15:30:00Z"), PHYSICIAN);

  /** The CMS example NPI, whose check digit is right. */
  public static final String VALID_NPI = "1234567893";

  private ReferralFixtures() {}

  public static ReferringProvider primaryCarePhysician() {
    return new ReferringProvider(
        "Dr. Jane Family", new Npi(VALID_NPI), "Main Street Primary Care", "fax +1 555 0199");
  }

  public static DetailsBuilder aReferral() {
    return new DetailsBuilder();
  }

  /** A referral received today, stored at version 0. */
  public static Referral storedReferral() {
    return storedReferral(aReferral().build());
  }

  public static Referral storedReferral(ReferralDetails details) {
    Referral received = Referral.receive(PatientId.newId(), details, RECEIVED_STAMP, TODAY);
    return new Referral(
        received.getId(),
        received.getPatientId(),
        received.getDetails(),
        received.getHistory(),
        null,
        0L);
  }

  public static final class DetailsBuilder {
    private ReferringProvider provider = primaryCarePhysician();
    private LocalDate receivedOn = TODAY.minusDays(3);
    private String reason = "Low back pain radiating to the left leg";
    private List<ReferralDiagnosis> diagnoses =
        List.of(new ReferralDiagnosis(new Icd10Code("M54.16"), "Lumbar radiculopathy", null));
    private LocalDate painOnset = TODAY.minusMonths(5);
    private ConservativeCare care = new ConservativeCare(6, List.of("ibuprofen"), null);
    private Urgency urgency = Urgency.ROUTINE;
    private ProcedureTypeCode requested = new ProcedureTypeCode("ESI_TF_LUMB");
    private String notes = null;

    private DetailsBuilder() {}

    public DetailsBuilder provider(ReferringProvider provider) {
      this.provider = provider;
      return this;
    }

    public DetailsBuilder receivedOn(LocalDate receivedOn) {
      this.receivedOn = receivedOn;
      return this;
    }

    public DetailsBuilder reason(String reason) {
      this.reason = reason;
      return this;
    }

    public DetailsBuilder diagnoses(List<ReferralDiagnosis> diagnoses) {
      this.diagnoses = diagnoses;
      return this;
    }

    public DetailsBuilder painOnset(LocalDate painOnset) {
      this.painOnset = painOnset;
      return this;
    }

    public DetailsBuilder conservativeCare(ConservativeCare care) {
      this.care = care;
      return this;
    }

    public DetailsBuilder urgency(Urgency urgency) {
      this.urgency = urgency;
      return this;
    }

    public DetailsBuilder requesting(String procedureTypeCode) {
      this.requested = procedureTypeCode == null ? null : new ProcedureTypeCode(procedureTypeCode);
      return this;
    }

    public DetailsBuilder notes(String notes) {
      this.notes = notes;
      return this;
    }

    public ReferralDetails build() {
      return new ReferralDetails(
          provider, receivedOn, reason, diagnoses, painOnset, care, urgency, requested, notes);
    }
  }
}
