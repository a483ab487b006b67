package org.procedura.api.outcomes;

public enum Contact {
  VISIT,
  CALL
}
