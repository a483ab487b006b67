package org.procedura.patient.model;

import java.util.regex.Pattern;
import org.procedura.shared.model.Check;

/** How to reach the patient; every part is optional. */
public record ContactDetails(
    String phone, String email, String addressLine, String city, String postalCode) {
  private static final Pattern PHONE = Pattern.compile("(?=(?:\\D*\\d){6})\\+?[0-9 ()\\-.]{6,25}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public static final ContactDetails NONE = new ContactDetails(null, null, null, null, null);

  public ContactDetails {
    phone = Check.optionalText(phone, "contact.phone", 25);
    if (phone != null) {
      Check.matching(phone, PHONE, "contact.phone", "a telephone number");
    }
    email = Check.optionalText(email, "contact.email", 254);
    if (email != null) {
      Check.matching(email, EMAIL, "contact.email", "an e-mail address");
    }
    addressLine = Check.optionalText(addressLine, "contact.addressLine", 200);
    city = Check.optionalText(city, "contact.city", 100);
    postalCode = Check.optionalText(postalCode, "contact.postalCode", 20);
  }
}
