package org.procedura.api.catalog;

/** How a procedure type names its levels: segments ("L4-L5") or vertebrae ("L1"). */
public enum LevelForm {
  SEGMENT,
  VERTEBRA
}
