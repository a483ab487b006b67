package org.procedura.api.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The conservative care tried before the referral. */
public record ConservativeCareDto(
    @Min(0) @Max(520) int physicalTherapyWeeks,
    @Size(max = 20) List<@NotBlank @Size(max = 100) String> medicationsTried,
    @Size(max = 500) String other) {}
