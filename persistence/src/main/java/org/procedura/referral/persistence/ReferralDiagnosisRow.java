package org.procedura.referral.persistence;

import jakarta.persistence.Embeddable;

/** A row of referral_diagnosis. */
@Embeddable
public class ReferralDiagnosisRow {
  private String code;

  private String description;

  private String laterality;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLaterality() {
    return laterality;
  }

  public void setLaterality(String laterality) {
    this.laterality = laterality;
  }
}
