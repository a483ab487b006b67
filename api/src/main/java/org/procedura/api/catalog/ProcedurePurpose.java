package org.procedura.api.catalog;

public enum ProcedurePurpose {
  DIAGNOSTIC,
  THERAPEUTIC,
  DIAGNOSTIC_OR_THERAPEUTIC
}
