package org.procedura.api.catalog;

public enum ImagingModality {
  FLUOROSCOPY,
  CT,
  ULTRASOUND
}
