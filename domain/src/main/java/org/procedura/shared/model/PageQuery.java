package org.procedura.shared.model;

/**
 * A zero-based page of a result, at most {@link #MAX_SIZE} rows, ending by row {@link #LAST_ROW}:
 * the databases count rows with an int, so a page beyond it is refused, not overflowed.
 */
public record PageQuery(int page, int size) {
  public static final int MAX_SIZE = 100;
  public static final long LAST_ROW = Integer.MAX_VALUE;

  public PageQuery {
    if (page < 0) {
      throw new InvalidInputException("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
    }
    if (((long) page + 1) * size > LAST_ROW) {
      throw new InvalidInputException(
          "page", "page must be at most " + (LAST_ROW / size - 1) + " with size " + size);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
