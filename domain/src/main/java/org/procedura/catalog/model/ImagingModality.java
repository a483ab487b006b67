package org.procedura.catalog.model;

/** The imaging that guides the needle; a room must have it for the procedure to be done there. */
public enum ImagingModality {
  FLUOROSCOPY,
  CT,
  ULTRASOUND
}
