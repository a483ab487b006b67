package org.procedura.shared.web;

/** The application's Problem Details advice, for the standalone MockMvc slices of the features. */
public final class StandaloneProblems {
  private StandaloneProblems() {}

  public static Object advice() {
    return new ProblemDetailsAdvice();
  }
}
