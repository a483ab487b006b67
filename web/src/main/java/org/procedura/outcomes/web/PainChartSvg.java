package org.procedura.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.procedura.outcomes.web.PainChart.Course;
import org.procedura.outcomes.web.PainChart.Mark;
import org.procedura.outcomes.web.PainChart.Point;

/**
 * The pain chart as SVG, the one drawing of it that the API's pain-chart endpoint answers and the
 * console's patient page shows: dates across (one calendar axis for every procedure), pain (NRS,
 * solid, left axis) and relief (per cent, dashed, right axis) up, each procedure in its own colour
 * and named in the legend, its day a thin vertical line, its unmeasured follow-ups marked at the
 * foot of the plot (× missed, ◇ due now, ○ not yet due).
 */
public final class PainChartSvg {
  static final int WIDTH = 800;
  static final int LEFT = 70;
  static final int RIGHT = 80;
  static final int TOP = 40;
  static final int PLOT = 240;
  static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  private static final int LEGEND_ROW = 20;

  /** Okabe and Ito's colours, told apart with any colour vision, dark enough on white. */
  private static final List<String> COLOURS =
      List.of("#0072B2", "#B5420D", "#007A5A", "#A2437E", "#8A6200", "#3B3B98");

  private static final DateTimeFormatter MONTH_OF_YEAR =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  private final PainChart chart;
  private final StringBuilder svg = new StringBuilder();

  private PainChartSvg(PainChart chart) {
    this.chart = chart;
  }

  public static String of(PainChart chart) {
    return new PainChartSvg(chart).draw();
  }

  private String draw() {
    int legendTop = TOP + PLOT + 60;
    int height = legendTop + (2 * chart.courses().size() + 2) * LEGEND_ROW + 10;
    add(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pain-chart\" role=\"img\""
            + " aria-labelledby=\"pain-chart-title pain-chart-desc\" width=\"%d\" height=\"%d\""
            + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\">",
        WIDTH, height, WIDTH, height);
    add("<title id=\"pain-chart-title\">Pain chart: pain and relief after each procedure</title>");
    add("<desc id=\"pain-chart-desc\">%s</desc>", escape(description()));
    add("<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>", WIDTH, height);
    if (chart.courses().isEmpty()) {
      add("<text x=\"%d\" y=\"%d\">No procedure recorded yet</text>", LEFT, TOP + 20);
      return svg.append("</svg>\n").toString();
    }
    grid();
    timeAxis();
    for (int i = 0; i < chart.courses().size(); i++) {
      course(chart.courses().get(i), i);
    }
    legend(legendTop);
    return svg.append("</svg>\n").toString();
  }

  private String description() {
    var words = new StringBuilder();
    for (int i = 0; i < chart.courses().size(); i++) {
      Course c = chart.courses().get(i);
      words.append(i + 1).append(": ").append(c.name()).append(" on ").append(c.performedOn());
      words.append(". ");
    }
    return words.isEmpty() ? "No procedure recorded yet." : words.toString().strip();
  }

  private void grid() {
    add(
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#767676\"/>",
        LEFT, TOP, PLOT_WIDTH, PLOT);
    for (int nrs = 0; nrs <= 10; nrs += 2) {
      double y = y(nrs, 10);
      if (nrs > 0 && nrs < 10) {
        add(
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>",
            LEFT, y, LEFT + PLOT_WIDTH, y);
      }
      add("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>", LEFT - 6, y + 4, nrs);
      add("<text x=\"%d\" y=\"%.1f\">%d %%</text>", LEFT + PLOT_WIDTH + 6, y + 4, nrs * 10);
    }
    double fifty = y(50, 100);
    add(
        "<line class=\"durable\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555\""
            + " stroke-dasharray=\"1,3\"/>",
        LEFT, fifty, LEFT + PLOT_WIDTH, fifty);
    add(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 %d %d)\">"
            + "Pain, NRS 0–10 (solid lines)</text>",
        22, TOP + PLOT / 2, 22, TOP + PLOT / 2);
    add(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(90 %d %d)\">"
            + "Relief from baseline, %% (dashed lines)</text>",
        WIDTH - 18, TOP + PLOT / 2, WIDTH - 18, TOP + PLOT / 2);
  }

  private void timeAxis() {
    int bottom = TOP + PLOT;
    List<LocalDate> ticks = ticks(chart.from(), chart.to());
    for (LocalDate tick : ticks) {
      double x = x(tick);
      boolean yearShown = tick.getMonthValue() == 1 || tick.equals(ticks.getFirst());
      add(
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#767676\"/>",
          x, bottom, x, bottom + 5);
      add(
          "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
          x,
          bottom + 18,
          tick.getDayOfMonth() != 1
              ? DAY.format(tick)
              : yearShown ? MONTH_OF_YEAR.format(tick) : MONTH.format(tick));
    }
    if (!chart.today().isBefore(chart.from()) && !chart.today().isAfter(chart.to())) {
      double x = x(chart.today());
      add(
          "<line class=\"today\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\""
              + " stroke-dasharray=\"4,2\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
              + "today</text>",
          x, TOP, x, bottom, x, TOP - 4);
    }
    add(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Date (one calendar for every procedure)"
            + "</text>",
        LEFT + PLOT_WIDTH / 2, bottom + 40);
  }

  /** The first of each month, of every third month over two years, or each Monday within two. */
  static List<LocalDate> ticks(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    List<LocalDate> ticks = new ArrayList<>();
    if (days <= 62) {
      LocalDate monday = from.plusDays((8 - from.getDayOfWeek().getValue()) % 7);
      for (LocalDate d = monday; !d.isAfter(to); d = d.plusWeeks(1)) {
        ticks.add(d);
      }
      return ticks;
    }
    int months = days <= 730 ? 1 : 3;
    LocalDate first = from.withDayOfMonth(1).plusMonths(1);
    for (LocalDate d = first; !d.isAfter(to); d = d.plusMonths(months)) {
      ticks.add(d);
    }
    return ticks;
  }

  private void course(Course course, int index) {
    String colour = colour(index);
    int number = index + 1;
    double day = x(course.performedOn());
    add(
        "<g class=\"course\" data-course=\"%d\"><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
            + " stroke=\"%s\" stroke-width=\"1\"/><text x=\"%.1f\" y=\"%d\" fill=\"%s\""
            + " font-weight=\"bold\">%d</text>",
        number, day, TOP, day, TOP + PLOT, colour, day + 3, TOP + 12, colour, number);
    series(course, course.pain(), 10, colour, null, "NRS", "");
    series(course, course.relief(), 100, colour, "7,4", "relief", " %");
    for (Mark mark : course.marks()) {
      mark(mark, course, colour);
    }
    add("</g>");
  }

  private void series(
      Course course,
      List<List<Point>> runs,
      double most,
      String colour,
      String dash,
      String name,
      String unit) {
    for (List<Point> run : runs) {
      var coordinates = new StringBuilder();
      for (Point p : run) {
        double x = x(p.on());
        double y = y(p.value().doubleValue(), most);
        coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        long dayAfter = ChronoUnit.DAYS.between(course.performedOn(), p.on());
        add(
            dash == null
                ? "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s</title></circle>"
                : "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"#fff\" stroke=\"%s\""
                    + " transform=\"translate(-3.5 -3.5)\"><title>%s</title></rect>",
            x,
            y,
            colour,
            escape(
                "%s %s%s on day %d (%s)"
                    .formatted(name, plain(p.value()), unit, dayAfter, p.on())));
      }
      if (run.size() > 1) {
        add(
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
            coordinates.toString().strip(),
            colour,
            dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
      }
    }
  }

  private void mark(Mark mark, Course course, String colour) {
    double x = x(mark.on());
    double y = TOP + PLOT - 8;
    String title =
        escape(
            "%s follow-up of %s, due %s: %s"
                .formatted(mark.label(), course.name(), mark.on(), mark.kind().words()));
    switch (mark.kind()) {
      case MISSED ->
          add(
              "<path class=\"missed\" d=\"M%.1f %.1fl8 8m0 -8l-8 8\" stroke=\"%s\""
                  + " stroke-width=\"2\"><title>%s</title></path>",
              x - 4, y - 4, colour, title);
      case DUE ->
          add(
              "<path class=\"due\" d=\"M%.1f %.1fl5 5l-5 5l-5 -5z\" fill=\"none\" stroke=\"%s\""
                  + " stroke-width=\"2\"><title>%s</title></path>",
              x, y - 5, colour, title);
      case NOT_YET_DUE ->
          add(
              "<circle class=\"not-yet-due\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"none\""
                  + " stroke=\"%s\" stroke-width=\"2\"><title>%s</title></circle>",
              x, y, colour, title);
    }
  }

  private void legend(int top) {
    for (int i = 0; i < chart.courses().size(); i++) {
      Course c = chart.courses().get(i);
      int y = top + 2 * i * LEGEND_ROW;
      add(
          "<g class=\"legend-course\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
              + " stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">%s</text>"
              + "<text x=\"%d\" y=\"%d\">%s</text></g>",
          LEFT,
          y - 4,
          LEFT + 24,
          y - 4,
          colour(i),
          LEFT + 32,
          y,
          escape("%d: %s, done %s".formatted(i + 1, c.name(), c.performedOn())),
          LEFT + 32,
          y + LEGEND_ROW - 4,
          escape("relief of 50 %% or more lasted %d days".formatted(c.durableReliefDays())));
    }
    int y = top + 2 * chart.courses().size() * LEGEND_ROW + 4;
    add(
        "<g class=\"legend-key\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222\""
            + " stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">pain (NRS)</text>"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222\" stroke-width=\"2\""
            + " stroke-dasharray=\"7,4\"/><text x=\"%d\" y=\"%d\">relief (%%)</text>"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\""
            + " stroke-dasharray=\"1,3\"/><text x=\"%d\" y=\"%d\">50 %% relief</text>"
            + "<text x=\"%d\" y=\"%d\">follow-ups without scores: × missed, ◇ due now,"
            + " ○ not yet due; a gap in a line: nothing measured there</text></g>",
        LEFT,
        y - 4,
        LEFT + 24,
        y - 4,
        LEFT + 30,
        y,
        LEFT + 110,
        y - 4,
        LEFT + 134,
        y - 4,
        LEFT + 140,
        y,
        LEFT + 220,
        y - 4,
        LEFT + 244,
        y - 4,
        LEFT + 250,
        y,
        LEFT,
        y + LEGEND_ROW);
  }

  private double x(LocalDate on) {
    return LEFT + PLOT_WIDTH * chart.across(on);
  }

  private static double y(double value, double most) {
    return TOP + PLOT - PLOT * Math.max(0, Math.min(most, value)) / most;
  }

  private static String colour(int index) {
    return COLOURS.get(index % COLOURS.size());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private void add(String format, Object... values) {
    svg.append(String.format(Locale.ROOT, format, values)).append('\n');
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
