package org.procedura.referral.model;

public enum Urgency {
  ROUTINE,
  URGENT
}
