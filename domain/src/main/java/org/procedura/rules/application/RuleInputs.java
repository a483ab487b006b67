package org.procedura.rules.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.application.OutcomeTimeline;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.AllergyKind;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.Diagnosis;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PregnancyStatus;
import org.procedura.patient.model.ProfileEntry;
import org.procedura.patient.model.ProfileSection;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.Referrals;
import org.procedura.rules.model.BleedingRiskFactors;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.rules.model.HoldTable.MedicationInUse;
import org.procedura.rules.model.PastProcedure;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.rules.model.PatientFacts;
import org.procedura.rules.model.PatientFacts.DiagnosisOnset;
import org.procedura.rules.model.PatientFacts.PainScore;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Appointments;

/**
 * Reads, from what intake and outcomes recorded, the facts the rules look at: the payer's rule set,
 * the patient's facts, the procedures done before and what they achieved, the medications to hold.
 */
public class RuleInputs {
  private final Patients patients;
  private final PatientDocuments documents;
  private final ClinicalProfiles profiles;
  private final Referrals referrals;
  private final OutcomeTimeline outcomes;
  private final ProcedureTypes procedureTypes;
  private final ZoneId zone;
  private final Appointments appointments;

  public RuleInputs(
      Patients patients,
      PatientDocuments documents,
      ClinicalProfiles profiles,
      Referrals referrals,
      OutcomeTimeline outcomes,
      ProcedureTypes procedureTypes,
      ZoneId zone,
      Appointments appointments) {
    this.patients = patients;
    this.documents = documents;
    this.profiles = profiles;
    this.referrals = referrals;
    this.outcomes = outcomes;
    this.procedureTypes = procedureTypes;
    this.zone = zone;
    this.appointments = appointments;
  }

  /** The rule set of the patient's current coverage; none for a patient without coverage. */
  Optional<RuleSetCode> ruleSetOf(PatientId patient) {
    return profile(patient)
        .flatMap(
            p ->
                details(p, ProfileSection.COVERAGES)
                    .map(c -> c.ruleSet())
                    .filter(Objects::nonNull)
                    .findFirst());
  }

  /**
   * The patient's facts. Pain onset and conservative care come from the referral the booking is
   * made from; without one, the onset is the earliest of the current diagnoses and the care is
   * unknown. The last pain score is the NRS baseline of the patient's latest procedure that has
   * one.
   */
  PatientFacts facts(PatientId patient, UUID referralId) {
    Optional<ClinicalProfile> profile = profile(patient);
    Optional<Referral> referral =
        referralId == null ? Optional.empty() : referrals.find(new ReferralId(referralId));
    LocalDate onset =
        referral
            .map(r -> r.getDetails().painOnset())
            .or(
                () ->
                    profile.flatMap(
                        p ->
                            details(p, ProfileSection.DIAGNOSES)
                                .map(Diagnosis::onsetDate)
                                .filter(Objects::nonNull)
                                .min(Comparator.naturalOrder())))
            .orElse(null);
    Integer careWeeks =
        referral.map(r -> r.getDetails().conservativeCare().physicalTherapyWeeks()).orElse(null);
    boolean contrastAllergy =
        profile.stream()
            .flatMap(p -> details(p, ProfileSection.ALLERGIES))
            .anyMatch(a -> a.kind() == AllergyKind.IODINATED_CONTRAST);
    boolean pregnant =
        profile
            .map(
                p ->
                    p.getPregnancy() != null
                        && p.getPregnancy().status() == PregnancyStatus.PREGNANT)
            .orElse(false);
    var diagnoses =
        profile.stream()
            .flatMap(p -> details(p, ProfileSection.DIAGNOSES))
            .map(d -> d.code().toString())
            .collect(Collectors.toSet());
    return new PatientFacts(
        onset,
        careWeeks,
        contrastAllergy,
        pregnant,
        diagnoses,
        documents.of(patient).stream().map(DocumentOnRecord::kind).collect(Collectors.toSet()),
        diagnosisOnsets(profile),
        lastPainScore(patient));
  }

  private static List<DiagnosisOnset> diagnosisOnsets(Optional<ClinicalProfile> profile) {
    return profile.stream()
        .flatMap(p -> details(p, ProfileSection.DIAGNOSES))
        .map(d -> new DiagnosisOnset(d.code().toString(), d.onsetDate()))
        .toList();
  }

  private PainScore lastPainScore(PatientId patient) {
    return outcomes
        .latestBaseline(patient, Scale.NRS)
        .map(
            taken ->
                new PainScore(
                    taken.measure().score().intValue(),
                    LocalDate.ofInstant(taken.procedureDoneAt(), zone)))
        .orElse(null);
  }

  /**
   * Whether the patient's age on the procedure day or a current diagnosis is one of the factors
   * that raise the procedure's bleeding risk a class.
   */
  boolean bleedingRiskRaised(
      PatientId patient, PatientFacts facts, LocalDate on, BleedingRiskFactors factors) {
    Integer age =
        patients
            .find(patient)
            .map(p -> Period.between(p.getDateOfBirth(), on).getYears())
            .orElse(null);
    return factors.apply(age, facts.diagnoses());
  }

  /** Whether the profile records the patient as diabetic; unrecorded counts as not. */
  boolean diabetic(PatientId patient) {
    return profile(patient).map(p -> Boolean.TRUE.equals(p.getDiabetic())).orElse(false);
  }

  /** The procedures done, with the best relief recorded and how long half relief lasted. */
  List<PastProcedure> history(PatientId patient) {
    return outcomes.of(patient).procedures().stream()
        .map(this::past)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The current medications that a procedure may need held. */
  List<MedicationInUse> antithrombotics(PatientId patient) {
    return profile(patient).stream()
        .flatMap(p -> details(p, ProfileSection.MEDICATIONS))
        .filter(m -> m.antithromboticClass() != AntithromboticClass.NOT_ANTITHROMBOTIC)
        .map(m -> new MedicationInUse(m.name(), m.antithromboticClass()))
        .toList();
  }

  private Optional<PastProcedure> past(ProcedureView view) {
    var record = view.record();
    Optional<ProcedureType> type = procedureTypes.find(record.getCourse().procedureType());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    var details = record.current();
    var site = details.map(d -> d.site()).orElse(null);
    LocalDate date = LocalDate.ofInstant(record.getCompletedAt(), zone);
    var definition = type.get().getDefinition();
    var facts =
        new ProcedureFacts(
            type.get().getCode(),
            definition.category(),
            bookedPurpose(view).orElse(definition.purpose()),
            site != null ? site.region() : record.getRegion(),
            site != null ? site.levels() : List.of(),
            site != null ? site.laterality() : null,
            date,
            details.map(d -> d.imaging()).orElse(null),
            details.map(d -> d.contrastMl() != null && d.contrastMl().signum() > 0).orElse(false),
            null);
    Integer peak =
        Stream.concat(
                view.followUps().stream().map(f -> f.relief()),
                view.diary().stream().map(d -> d.relief()))
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .map(BigDecimal::intValue)
            .orElse(null);
    var durable = view.durableRelief();
    Period lasted =
        durable == null || durable.lastedUntil() == null
            ? null
            : Period.between(durable.procedureOn(), durable.lastedUntil());
    return Optional.of(new PastProcedure(facts, peak, lasted));
  }

  /** What the procedure's appointment was booked for; none when booked before purposes were. */
  private Optional<ProcedurePurpose> bookedPurpose(ProcedureView view) {
    return appointments.find(view.record().getCourse().procedure()).map(Appointment::getPurpose);
  }

  private Optional<ClinicalProfile> profile(PatientId patient) {
    return profiles.find(patient);
  }

  private static <D extends org.procedura.patient.model.ProfilePart> Stream<D> details(
      ClinicalProfile profile, ProfileSection<D> section) {
    return profile.current(section).stream().map(ProfileEntry::details);
  }
}
