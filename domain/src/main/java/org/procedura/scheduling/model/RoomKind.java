package org.procedura.scheduling.model;

public enum RoomKind {
  PROCEDURE_SUITE,
  OPERATING_ROOM,
  CONSULT_ROOM
}
