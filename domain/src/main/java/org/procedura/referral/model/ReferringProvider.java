package org.procedura.referral.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.Npi;

/** Who sent the referral: name, NPI, practice and how to reach them (phone, fax or e-mail). */
public record ReferringProvider(String name, Npi npi, String practice, String contact) {
  public ReferringProvider {
    name = Check.text(name, "referringProvider.name", 120);
    Check.present(npi, "referringProvider.npi");
    practice = Check.optionalText(practice, "referringProvider.practice", 150);
    contact = Check.optionalText(contact, "referringProvider.contact", 200);
  }
}
