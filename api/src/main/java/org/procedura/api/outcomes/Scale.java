package org.procedura.api.outcomes;

public enum Scale {
  NRS,
  PERCENT_RELIEF,
  ODI,
  NDI,
  PEG,
  PGIC,
  MME
}
