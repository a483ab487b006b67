package org.procedura.shared.web;

import java.util.function.Function;
import org.procedura.api.common.PageResponse;
import org.procedura.shared.model.PageResult;

public final class PageResponses {
  private PageResponses() {}

  public static <T, R> PageResponse<R> of(PageResult<T> page, Function<T, R> mapper) {
    return new PageResponse<>(
        page.content().stream().map(mapper).toList(),
        page.page(),
        page.size(),
        page.totalElements(),
        page.totalPages());
  }
}
