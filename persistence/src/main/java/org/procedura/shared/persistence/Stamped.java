package org.procedura.shared.persistence;

/** An entity that keeps its {@link ChangeStamps}. */
public interface Stamped {
  ChangeStamps changeStamps();

  void changeStamps(ChangeStamps stamps);
}
