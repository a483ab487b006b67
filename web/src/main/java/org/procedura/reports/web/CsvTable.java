package org.procedura.reports.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A report as RFC 4180 CSV: a header line, then one line per row, CRLF line ends; a field with a
 * comma, quote or line break is quoted, quotes doubled. A field that a spreadsheet would read as a
 * formula (starting with =, +, - or @, as a free-text cancellation reason might) is prefixed with
 * an apostrophe; numbers are written as they are.
 */
final class CsvTable {
  private final StringBuilder text = new StringBuilder();

  CsvTable(String... header) {
    line(Arrays.asList((Object[]) header));
  }

  CsvTable row(Object... fields) {
    line(Arrays.asList(fields));
    return this;
  }

  private void line(List<?> fields) {
    text.append(fields.stream().map(CsvTable::field).collect(Collectors.joining(",")))
        .append("\r\n");
  }

  private static String field(Object value) {
    String s = Objects.toString(value, "");
    if (!(value instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
