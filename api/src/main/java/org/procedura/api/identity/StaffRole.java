package org.procedura.api.identity;

public enum StaffRole {
  FRONT_DESK,
  NURSE,
  PHYSICIAN,
  ADMIN
}
