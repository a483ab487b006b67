package org.procedura.api.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.procedura.api.patient.Icd10;
import org.procedura.api.patient.Laterality;

/** A diagnosis the referral gives: ICD-10 code, optionally in words and with a side. */
public record ReferralDiagnosisDto(
    @NotBlank @Pattern(regexp = Icd10.PATTERN, message = Icd10.MESSAGE) String code,
    @Size(max = 200) String description,
    Laterality laterality) {}
