package org.procedura.patient.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/** A random generator that answers bounded int requests with the given values, in order. */
public final class ScriptedRandom implements RandomGenerator {
  private final Deque<Integer> values = new ArrayDeque<>();

  public ScriptedRandom(int... values) {
    for (int value : values) {
      this.values.add(value);
    }
  }

  @Override
  public int nextInt(int bound) {
    if (values.isEmpty()) {
      throw new IllegalStateException("the script of random values is used up");
    }
    int value = values.remove();
    if (value < 0 || value >= bound) {
      throw new IllegalArgumentException(value + " is outside [0, " + bound + ")");
    }
    return value;
  }

  @Override
  public long nextLong() {
    throw new UnsupportedOperationException("only nextInt(bound) is scripted");
  }

  public int remaining() {
    return values.size();
  }
}
