package org.procedura.shared.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small value sets kept in one column as a comma-separated list, in a stable order. */
public final class DelimitedValues {
  private DelimitedValues() {}

  public static <E extends Enum<E>> Set<E> toEnumSet(String column, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    parts(column).forEach(part -> values.add(Enum.valueOf(type, part)));
    return values;
  }

  public static <T> List<T> toList(String column, Function<String, T> parse) {
    return parts(column).map(parse).toList();
  }

  public static String join(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
  }

  public static <E extends Enum<E>> String joinEnums(Collection<E> values) {
    return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private static java.util.stream.Stream<String> parts(String column) {
    return column == null || column.isBlank()
        ? java.util.stream.Stream.empty()
        : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty());
  }
}
