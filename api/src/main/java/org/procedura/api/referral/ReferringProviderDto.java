package org.procedura.api.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who referred the patient; the NPI's last digit must be its check digit. */
public record ReferringProviderDto(
    @NotBlank @Size(max = 120) String name,
    @NotBlank @Pattern(regexp = "[0-9]{10}", message = "must be ten digits") String npi,
    @Size(max = 150) String practice,
    @Size(max = 200) String contact) {}
