package org.procedura.api.scheduling;

public enum RoomKind {
  PROCEDURE_SUITE,
  OPERATING_ROOM,
  CONSULT_ROOM
}
