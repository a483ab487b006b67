package org.procedura.patient.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A fixed "now" in the clinic's zone and builders for patients, shared by the patient tests. */
public final class PatientFixtures {
  public static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");

  /** 2026-11-21 at 07:00 in New York. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), CLINIC_ZONE);

  public static final LocalDate TODAY = LocalDate.now(CLOCK);

  public static final LocalDate ADAS_BIRTHDAY = LocalDate.of(1970, 3, 14);

  private PatientFixtures() {}

  public static DemographicsBuilder demographics() {
    return new DemographicsBuilder();
  }

  public static MedicalRecordNumber mrn(String value) {
    return new MedicalRecordNumber(value);
  }

  /** A patient as loaded from the register, at the given version. */
  public static Patient storedPatient(Demographics demographics, long version) {
    return new Patient(PatientId.newId(), mrn("MRN-0001"), demographics, version);
  }

  /** Demographics of Ada Lovelace, born 1970-03-14, unless told otherwise. */
  public static final class DemographicsBuilder {
    private String given = "Ada";
    private String family = "Lovelace";
    private LocalDate dateOfBirth = ADAS_BIRTHDAY;
    private AdministrativeSex sex = AdministrativeSex.FEMALE;
    private ContactDetails contact = ContactDetails.NONE;

    private DemographicsBuilder() {}

    public DemographicsBuilder named(String given, String family) {
      this.given = given;
      this.family = family;
      return this;
    }

    public DemographicsBuilder bornOn(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    public DemographicsBuilder sex(AdministrativeSex sex) {
      this.sex = sex;
      return this;
    }

    public DemographicsBuilder contact(ContactDetails contact) {
      this.contact = contact;
      return this;
    }

    public Demographics build() {
      return new Demographics(new PersonName(given, family), dateOfBirth, sex, contact);
    }
  }
}
