package org.procedura.identity.model;

/** What a member of staff does in the clinic; access rules are written against these. */
public enum Role {
  FRONT_DESK,
  NURSE,
  PHYSICIAN,
  ADMIN
}
