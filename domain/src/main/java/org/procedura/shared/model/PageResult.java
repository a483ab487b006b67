package org.procedura.shared.model;

import java.util.List;
import java.util.function.Function;

/** One page of results and how many there are in all. */
public record PageResult<T>(List<T> content, int page, int size, long totalElements) {
  public PageResult {
    content = List.copyOf(content);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
  }

  public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
    return new PageResult<>(content.stream().<R>map(mapper).toList(), page, size, totalElements);
  }
}
