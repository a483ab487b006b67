package org.procedura.api.referral;

public enum Urgency {
  ROUTINE,
  URGENT
}
