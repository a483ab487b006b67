package org.procedura.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.application.PatientTimeline;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;

/**
 * The pain trajectory, hand-written SVG: one panel per procedure, days after it across, NRS (0–10,
 * solid, left axis) and relief (0–100 %, dashed, right axis) up, the 50 % line dotted.
 */
final class PainChartSvg {
  private static final int WIDTH = 720;
  private static final int PANEL = 220;
  private static final int LEFT = 60;
  private static final int RIGHT = 60;
  private static final int TOP = 40;
  private static final int PLOT = 140;

  private PainChartSvg() {}

  static String of(PatientTimeline timeline, ZoneId zone) {
    List<ProcedureView> procedures = timeline.procedures();
    int height = Math.max(1, procedures.size()) * PANEL + 20;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
                WIDTH,
                height,
                WIDTH,
                height))
        .append("<title>Pain trajectory: NRS and relief per procedure</title>\n");
    if (procedures.isEmpty()) {
      svg.append("<text x=\"20\" y=\"40\">No procedures yet</text>\n");
    }
    for (int i = 0; i < procedures.size(); i++) {
      panel(svg, zone, procedures.get(i), i * PANEL);
    }
    return svg.append("</svg>\n").toString();
  }

  private static void panel(StringBuilder svg, ZoneId zone, ProcedureView view, int offset) {
    LocalDate day = view.durableRelief().procedureOn();
    List<double[]> nrs = new ArrayList<>();
    List<double[]> relief = new ArrayList<>();
    Measure baseline = view.baseline().get(Scale.NRS);
    if (baseline != null) {
      nrs.add(new double[] {0, baseline.score().doubleValue()});
    }
    for (FollowUpView followUp : view.followUps()) {
      if (followUp.followUp().getStatus() != FollowUpStatus.DONE) {
        continue;
      }
      long days =
          ChronoUnit.DAYS.between(day, LocalDate.ofInstant(followUp.followUp().doneAt(), zone));
      followUp.followUp().getMeasures().stream()
          .filter(m -> m.scale() == Scale.NRS)
          .forEach(m -> nrs.add(new double[] {days, m.score().doubleValue()}));
      BigDecimal percent = followUp.relief();
      if (percent != null) {
        relief.add(new double[] {days, percent.doubleValue()});
      }
    }
    double lastDay =
        Math.max(
            30,
            java.util.stream.Stream.concat(nrs.stream(), relief.stream())
                .mapToDouble(p -> p[0])
                .max()
                .orElse(0)); // at least a month across, so early points are not squeezed
    int plotWidth = WIDTH - LEFT - RIGHT;
    int top = offset + TOP;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s on %s (relief ≥ 50 %% for %d days)</text>\n",
            LEFT,
            offset + 20,
            escape(view.record().getCourse().procedureType().value()),
            day,
            view.durableRelief().days()));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n",
            LEFT,
            top,
            plotWidth,
            PLOT));
    double fiftyY = top + PLOT - PLOT * 0.5;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\""
                + " stroke-dasharray=\"2,3\"/>\n",
            LEFT,
            fiftyY,
            LEFT + plotWidth,
            fiftyY));
    axisLabels(svg, top, plotWidth, lastDay);
    line(svg, nrs, 10, lastDay, top, plotWidth, "#c0392b", null, "NRS");
    line(svg, relief, 100, lastDay, top, plotWidth, "#2471a3", "6,4", "relief %");
  }

  private static void axisLabels(StringBuilder svg, int top, int plotWidth, double lastDay) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">10</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>"
                + "<text x=\"%d\" y=\"%d\">100 %%</text><text x=\"%d\" y=\"%d\">0 %%</text>"
                + "<text x=\"%d\" y=\"%d\">day 0</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">day %d</text>\n",
            LEFT - 6,
            top + 10,
            LEFT - 6,
            top + PLOT,
            LEFT + plotWidth + 6,
            top + 10,
            LEFT + plotWidth + 6,
            top + PLOT,
            LEFT,
            top + PLOT + 16,
            LEFT + plotWidth,
            top + PLOT + 16,
            (long) lastDay));
  }

  private static void line(
      StringBuilder svg,
      List<double[]> points,
      double most,
      double lastDay,
      int top,
      int plotWidth,
      String colour,
      String dash,
      String name) {
    if (points.isEmpty()) {
      return;
    }
    StringBuilder coordinates = new StringBuilder();
    for (double[] p : points) {
      double x = LEFT + plotWidth * p[0] / lastDay;
      double y = top + PLOT - PLOT * Math.max(0, Math.min(most, p[1])) / most;
      coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s on day %d</title>"
                  + "</circle>\n",
              x,
              y,
              colour,
              name,
              BigDecimal.valueOf(p[1]).stripTrailingZeros().toPlainString(),
              (long) p[0]));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
            coordinates.toString().strip(),
            colour,
            dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
