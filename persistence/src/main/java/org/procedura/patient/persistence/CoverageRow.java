package org.procedura.patient.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A row of patient_coverage. */
@Embeddable
public class CoverageRow {
  @Column(length = 36, columnDefinition = "char(36)")
  private String id;

  private String payer;

  private String plan;

  private String memberId;

  private String ruleSet;

  @Embedded private EntryColumns entry;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  public String getRuleSet() {
    return ruleSet;
  }

  public void setRuleSet(String ruleSet) {
    this.ruleSet = ruleSet;
  }

  public EntryColumns getEntry() {
    return entry;
  }

  public void setEntry(EntryColumns entry) {
    this.entry = entry;
  }
}
