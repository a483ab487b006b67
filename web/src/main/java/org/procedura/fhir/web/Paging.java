package org.procedura.fhir.web;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/**
 * Searches page with {@code _count} and {@code _offset}: the server keeps no search, so a next link
 * is the same search with a later offset, answered by any instance. An offset is a whole number of
 * pages, since the model pages by page number.
 */
final class Paging {
  static final int DEFAULT_COUNT = 20;

  private Paging() {}

  static PageQuery page(Integer offset, Integer count) {
    int size = count == null ? DEFAULT_COUNT : count;
    if (size < 1 || size > PageQuery.MAX_SIZE) {
      throw new InvalidRequestException("_count must be between 1 and " + PageQuery.MAX_SIZE);
    }
    int from = offset == null ? 0 : offset;
    if (from < 0 || from % size != 0) {
      throw new InvalidRequestException("_offset must be 0 or a multiple of _count (" + size + ")");
    }
    return new PageQuery(from / size, size);
  }

  static <T> IBundleProvider bundle(
      PageResult<T> page, Function<? super T, ? extends IBaseResource> resource) {
    var provider =
        new SimpleBundleProvider(page.content().stream().<IBaseResource>map(resource).toList());
    provider.setSize((int) Math.min(Integer.MAX_VALUE, page.totalElements()));
    return provider;
  }

  /** A whole list, paged here: the model answers it whole (the clinic's staff, rooms, catalog). */
  static <T> IBundleProvider bundle(
      List<T> all, PageQuery page, Function<? super T, ? extends IBaseResource> resource) {
    int from = (int) Math.min(all.size(), page.offset());
    int to = Math.min(all.size(), from + page.size());
    return bundle(
        new PageResult<>(all.subList(from, to), page.page(), page.size(), all.size()), resource);
  }
}
