package org.procedura.patient.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/**
 * A patient's clinical profile and its sections. The sections are element collections owned by the
 * profile, so any change to an entry raises the profile's version, and the version guards the whole
 * aggregate. Each is an ordered list whose entries are only ever appended, so a change writes the
 * rows that changed and nothing else.
 */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "clinical_profile")
public class ClinicalProfileJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  private static final String ORDER = "entry_index";

  @Id
  @Column(length = 36, columnDefinition = "char(36)")
  private String patientId;

  private String pregnancyStatus;
  private LocalDate pregnancyCheckedOn;
  private Boolean diabetic;

  @ElementCollection
  @CollectionTable(
      name = "patient_coverage",
      joinColumns = @JoinColumn(name = "patient_id", columnDefinition = "char(36)"))
  @OrderColumn(name = ORDER)
  private List<CoverageRow> coverages = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "patient_allergy",
      joinColumns = @JoinColumn(name = "patient_id", columnDefinition = "char(36)"))
  @OrderColumn(name = ORDER)
  private List<AllergyRow> allergies = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "patient_medication",
      joinColumns = @JoinColumn(name = "patient_id", columnDefinition = "char(36)"))
  @OrderColumn(name = ORDER)
  private List<MedicationRow> medications = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "patient_diagnosis",
      joinColumns = @JoinColumn(name = "patient_id", columnDefinition = "char(36)"))
  @OrderColumn(name = ORDER)
  private List<DiagnosisRow> diagnoses = new ArrayList<>();

  @Version private Long version;

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public String getPregnancyStatus() {
    return pregnancyStatus;
  }

  public void setPregnancyStatus(String pregnancyStatus) {
    this.pregnancyStatus = pregnancyStatus;
  }

  public LocalDate getPregnancyCheckedOn() {
    return pregnancyCheckedOn;
  }

  public void setPregnancyCheckedOn(LocalDate pregnancyCheckedOn) {
    this.pregnancyCheckedOn = pregnancyCheckedOn;
  }

  public Boolean getDiabetic() {
    return diabetic;
  }

  public void setDiabetic(Boolean diabetic) {
    this.diabetic = diabetic;
  }

  public List<CoverageRow> getCoverages() {
    return coverages;
  }

  public void setCoverages(List<CoverageRow> coverages) {
    this.coverages = coverages;
  }

  public List<AllergyRow> getAllergies() {
    return allergies;
  }

  public void setAllergies(List<AllergyRow> allergies) {
    this.allergies = allergies;
  }

  public List<MedicationRow> getMedications() {
    return medications;
  }

  public void setMedications(List<MedicationRow> medications) {
    this.medications = medications;
  }

  public List<DiagnosisRow> getDiagnoses() {
    return diagnoses;
  }

  public void setDiagnoses(List<DiagnosisRow> diagnoses) {
    this.diagnoses = diagnoses;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
