package org.procedura.api.scheduling;

public enum SpinalRegion {
  CERVICAL,
  THORACIC,
  LUMBAR,
  SACRAL
}
