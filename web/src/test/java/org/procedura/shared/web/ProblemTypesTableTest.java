package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.procedura.api.common.ProblemTypes;
import org.procedura.shared.model.DomainException;

/**
 * The table of problem types in {@code docs/architecture.md} (section "Errors") lists exactly the
 * types the server can answer with, and names every exception of the sealed domain family, so a new
 * type or exception cannot go undocumented and a removed one cannot stay in the docs.
 */
class ProblemTypesTableTest {
  private static final String BASE = "https://procedura.org/problems/";
  private static final Pattern TYPE_CELL = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d{3}) \\|");

  @Test
  void everyProblemTypeOfTheCodeIsInTheTableAndNoOther() throws IOException {
    assertThat(documentedTypes()).isEqualTo(typesInTheCode());
  }

  @Test
  void everyDomainExceptionIsNamedInTheTable() throws IOException {
    String section = String.join("\n", errorsSection());
    List<String> unnamed =
        Arrays.stream(DomainException.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .filter(name -> !section.contains("`" + name + "`"))
            .toList();
    assertThat(unnamed).as("domain exceptions missing from the Errors table").isEmpty();
  }

  private static Set<String> typesInTheCode() {
    return Arrays.stream(ProblemTypes.class.getDeclaredFields())
        .filter(field -> Modifier.isPublic(field.getModifiers()))
        .filter(field -> field.getType().equals(URI.class))
        .map(field -> uri(field.getName()).toString().substring(BASE.length()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> documentedTypes() throws IOException {
    return errorsSection().stream()
        .map(TYPE_CELL::matcher)
        .filter(java.util.regex.Matcher::find)
        .map(matcher -> matcher.group(1))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> errorsSection() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of(System.getProperty("procedura.architecture.file", "../docs/architecture.md")));
    int start = lines.indexOf("## Errors");
    assertThat(start).as("docs/architecture.md has a section \"## Errors\"").isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return lines.subList(start, end);
  }

  private static URI uri(String fieldName) {
    try {
      return (URI) ProblemTypes.class.getField(fieldName).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
