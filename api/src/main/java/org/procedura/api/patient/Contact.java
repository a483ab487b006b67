package org.procedura.api.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How to reach the patient; every part is optional. */
public record Contact(
    @Size(max = 25) @Pattern(regexp = "\\+?[0-9 ()\\-.]{6,25}") String phone,
    @Size(max = 254) @Email String email,
    @Size(max = 200) String addressLine,
    @Size(max = 100) String city,
    @Size(max = 20) String postalCode) {}
