package org.procedura.api.referral;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.common.PlausibleDate;
import org.procedura.api.patient.RegisterPatientRequest;

/**
 * A referral as received, for a registered patient ({@code patientId}) or for a new patient
 * registered with it in one step ({@code newPatient}): exactly one of the two. When the referral is
 * refused, the new patient is not registered either.
 *
 * @param receivedOn the day the clinic received it; not in the future
 * @param painOnset when the pain began, if known; not after receivedOn
 * @param requestedProcedureType a procedure-type code offered by the catalog, if one is asked for
 */
public record ReferralRequest(
    UUID patientId,
    @Valid RegisterPatientRequest newPatient,
    @NotNull @Valid ReferringProviderDto referringProvider,
    @NotNull @PlausibleDate(HISTORY) LocalDate receivedOn,
    @NotBlank @Size(max = 500) String reason,
    @Size(max = 12) List<@NotNull @Valid ReferralDiagnosisDto> diagnoses,
    @PlausibleDate(HISTORY) LocalDate painOnset,
    @Valid ConservativeCareDto conservativeCare,
    @NotNull Urgency urgency,
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String requestedProcedureType,
    @Size(max = 2000) String notes) {}
