package org.procedura.shared.model;

/** A zero-based page of a result, at most {@link #MAX_SIZE} rows. */
public record PageQuery(int page, int size) {
  public static final int MAX_SIZE = 100;

  public PageQuery {
    if (page < 0) {
      throw new InvalidInputException("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
