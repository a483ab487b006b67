package org.procedura.rules.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.procedura.patient.model.AllergyKind;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PregnancyStatus;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.HoldTable.MedicationInUse;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.PatientFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the patient's chart in a fixed number of queries (the patient with the profile, one per
 * profile section, the accepted referrals with their diagnoses, the documents, and those of {@link
 * ChartedProcedures} and {@link ChartedAuthorizations}), however long the history.
 *
 * <p>Referral facts count like the profile's: the pain onset is the earliest recorded on the
 * profile's diagnoses or on an accepted or scheduled referral, conservative care the most weeks any
 * of those referrals records, and the diagnoses are those of the profile and of the referrals.
 */
@Component
class PatientChartsJdbcAdapter implements PatientCharts {
  /** Referrals whose facts a physician has accepted. */
  private static final List<String> ACCEPTED = List.of("ACCEPTED", "SCHEDULED");

  private final NamedParameterJdbcTemplate jdbc;
  private final ChartedProcedures procedures;
  private final ChartedAuthorizations authorizations;

  PatientChartsJdbcAdapter(
      NamedParameterJdbcTemplate jdbc,
      ChartedProcedures procedures,
      ChartedAuthorizations authorizations) {
    this.jdbc = jdbc;
    this.procedures = procedures;
    this.authorizations = authorizations;
  }

  private record Profile(LocalDate dateOfBirth, String pregnancy, Boolean diabetic) {}

  private record Referral(LocalDate onset, int careWeeks) {}

  private record Diagnosis(String code, LocalDate onset) {}

  @Override
  public Optional<PatientChart> of(PatientId patient) {
    var id = java.util.Map.of("patient", patient.toString(), "accepted", ACCEPTED);
    Optional<Profile> profile =
        jdbc
            .query(
                "select p.date_of_birth, c.pregnancy_status, c.diabetic from patient p"
                    + " left join clinical_profile c on c.patient_id = p.id where p.id = :patient",
                id,
                (rs, n) ->
                    new Profile(
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("pregnancy_status"),
                        (Boolean) rs.getObject("diabetic")))
            .stream()
            .findFirst();
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    RuleSetCode ruleSet =
        jdbc
            .queryForList(
                "select rule_set from patient_coverage where patient_id = :patient"
                    + " and ended_on is null and rule_set is not null order by entry_index",
                id,
                String.class)
            .stream()
            .findFirst()
            .map(RuleSetCode::new)
            .orElse(null);
    boolean contrastAllergy =
        !jdbc.queryForList(
                "select kind from patient_allergy where patient_id = :patient"
                    + " and ended_on is null and kind = '"
                    + AllergyKind.IODINATED_CONTRAST.name()
                    + "'",
                id,
                String.class)
            .isEmpty();
    List<MedicationInUse> antithrombotics =
        jdbc.query(
            "select name, antithrombotic_class from patient_medication where patient_id = :patient"
                + " and ended_on is null and antithrombotic_class <> '"
                + AntithromboticClass.NOT_ANTITHROMBOTIC.name()
                + "' order by entry_index",
            id,
            (rs, n) ->
                new MedicationInUse(
                    rs.getString("name"),
                    AntithromboticClass.valueOf(rs.getString("antithrombotic_class"))));
    List<Diagnosis> diagnoses =
        jdbc.query(
            "select code, onset_date from patient_diagnosis where patient_id = :patient"
                + " and ended_on is null",
            id,
            (rs, n) ->
                new Diagnosis(rs.getString("code"), rs.getObject("onset_date", LocalDate.class)));
    List<Referral> referrals =
        jdbc.query(
            "select pain_onset, physical_therapy_weeks from referral where patient_id = :patient"
                + " and status in (:accepted)",
            id,
            (rs, n) ->
                new Referral(
                    rs.getObject("pain_onset", LocalDate.class),
                    rs.getInt("physical_therapy_weeks")));
    List<String> referralDiagnoses =
        jdbc.queryForList(
            "select d.code from referral_diagnosis d join referral r on r.id = d.referral_id"
                + " where r.patient_id = :patient and r.status in (:accepted)",
            id,
            String.class);
    Set<DocumentKind> documents =
        jdbc
            .queryForList(
                "select distinct kind from patient_document where patient_id = :patient",
                id,
                String.class)
            .stream()
            .map(DocumentKind::valueOf)
            .collect(Collectors.toSet());

    ChartedProcedures.Procedures charted = procedures.of(patient);
    Set<String> codes = new HashSet<>(referralDiagnoses);
    diagnoses.forEach(d -> codes.add(d.code()));
    LocalDate onset =
        Stream.concat(
                referrals.stream().map(Referral::onset), diagnoses.stream().map(Diagnosis::onset))
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    Integer careWeeks =
        referrals.stream().map(Referral::careWeeks).max(Comparator.naturalOrder()).orElse(null);
    var facts =
        new PatientFacts(
            onset,
            careWeeks,
            contrastAllergy,
            PregnancyStatus.PREGNANT.name().equals(profile.get().pregnancy()),
            codes,
            documents,
            Stream.concat(
                    diagnoses.stream()
                        .map(d -> new PatientFacts.DiagnosisOnset(d.code(), d.onset())),
                    referralDiagnoses.stream().map(c -> new PatientFacts.DiagnosisOnset(c, null)))
                .toList(),
            charted.lastPainScore());
    return Optional.of(
        new PatientChart(
            patient,
            profile.get().dateOfBirth(),
            ruleSet,
            facts,
            Boolean.TRUE.equals(profile.get().diabetic()),
            new ArrayList<>(antithrombotics),
            charted.list(),
            authorizations.of(patient)));
  }
}
