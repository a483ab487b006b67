package org.procedura.catalog.model;

public enum ProcedurePurpose {
  DIAGNOSTIC,
  THERAPEUTIC,
  DIAGNOSTIC_OR_THERAPEUTIC
}
