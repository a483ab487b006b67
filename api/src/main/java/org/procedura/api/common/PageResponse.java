package org.procedura.api.common;

import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
public record PageResponse<T>(
    List<T> content, int page, int size, long totalElements, int totalPages) {}
