package org.procedura.rules.model;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.InvalidInputException;

/**
 * A rule as stored and as an administrator edits it: its kind and named parameters, all text
 * (periods in ISO-8601 such as P12M, sets comma-separated). Every rule made from parameters is
 * checked by the rule's own constructor, so a bad value is refused before it is stored.
 */
public final class RuleParameters {
  private RuleParameters() {}

  public static PayerRule rule(RuleHeader header, String kind, Map<String, String> parameters) {
    var p = new Reader(parameters);
    return switch (kind) {
      case "MINIMUM_DURATION" ->
          new MinimumDuration(
              header, p.period("pain"), p.integer("careWeeks"), p.texts("exemptDiagnoses"));
      case "ALLOWED_IMAGING" ->
          new AllowedImaging(
              header,
              p.enums("allowed", ImagingModality.class),
              p.bool("contrastRequired"),
              p.enums("whenContrastContraindicated", ImagingModality.class));
      case "LEVELS_PER_SESSION" ->
          new LevelsPerSession(header, p.integer("maxLevels"), p.bool("bilateralAllowed"));
      case "FREQUENCY_IN_WINDOW" ->
          new FrequencyInWindow(
              header, p.integer("maxSessions"), p.period("window"), p.bool("perRegion"));
      case "MINIMUM_INTERVAL" ->
          new MinimumInterval(header, p.period("interval"), p.bool("sameSite"));
      case "QUALIFYING_BLOCKS" ->
          new QualifyingBlocks(
              header,
              new RuleScope(
                  Set.of(),
                  p.codes("blocks"),
                  p.optionalOneOf("blocksPurpose", ProcedurePurpose.class)),
              p.integer("count"),
              p.integer("minReliefPercent"),
              p.bool("sameSite"));
      case "DOCUMENT_ON_FILE" ->
          new DocumentOnFile(
              header,
              p.oneOf("document", DocumentKind.class),
              p.enums("onlyIn", CareSetting.class));
      case "DURABLE_RELIEF_FOR_REPEAT" ->
          new DurableReliefForRepeat(
              header,
              p.period("lookBack"),
              p.period("minimum"),
              p.optionalPeriod("differentApproachAfterFailure"));
      case "SECOND_BLOCK_AFTER_RELIEF" ->
          new SecondBlockAfterRelief(header, p.integer("minReliefPercent"), p.period("lookBack"));
      case "REPEAT_BLOCKS_AFTER_LAPSE" ->
          new RepeatBlocksAfterLapse(
              header,
              new RuleScope(Set.of(), p.codes("blocks"), null),
              p.integer("count"),
              p.integer("minReliefPercent"),
              p.period("lapse"));
      case "RECENT_DIAGNOSIS" ->
          new RecentDiagnosis(header, p.texts("diagnoses"), p.period("within"));
      case "LEVELS_WITHIN" -> new LevelsWithin(header, p.text("from"), p.text("to"));
      case "MINIMUM_PAIN_SCORE" -> new MinimumPainScore(header, p.integer("minNrs"));
      case "NOT_IN_PREGNANCY" -> new NotInPregnancy(header);
      case "PRIOR_AUTHORIZATION" ->
          new AuthorizationCovers(header, p.enums("onlyIn", CareSetting.class));
      default -> throw new InvalidInputException("kind", "no rule of kind " + kind);
    };
  }

  public static String kindOf(PayerRule rule) {
    return switch (rule) {
      case MinimumDuration r -> "MINIMUM_DURATION";
      case AllowedImaging r -> "ALLOWED_IMAGING";
      case LevelsPerSession r -> "LEVELS_PER_SESSION";
      case FrequencyInWindow r -> "FREQUENCY_IN_WINDOW";
      case MinimumInterval r -> "MINIMUM_INTERVAL";
      case QualifyingBlocks r -> "QUALIFYING_BLOCKS";
      case DocumentOnFile r -> "DOCUMENT_ON_FILE";
      case DurableReliefForRepeat r -> "DURABLE_RELIEF_FOR_REPEAT";
      case SecondBlockAfterRelief r -> "SECOND_BLOCK_AFTER_RELIEF";
      case RepeatBlocksAfterLapse r -> "REPEAT_BLOCKS_AFTER_LAPSE";
      case RecentDiagnosis r -> "RECENT_DIAGNOSIS";
      case LevelsWithin r -> "LEVELS_WITHIN";
      case MinimumPainScore r -> "MINIMUM_PAIN_SCORE";
      case NotInPregnancy r -> "NOT_IN_PREGNANCY";
      case AuthorizationCovers r -> "PRIOR_AUTHORIZATION";
    };
  }

  /** The parameters that make the rule again with {@link #rule}. */
  public static Map<String, String> of(PayerRule rule) {
    Map<String, String> p = new LinkedHashMap<>();
    switch (rule) {
      case MinimumDuration r -> {
        p.put("pain", r.pain().toString());
        p.put("careWeeks", String.valueOf(r.careWeeks()));
        p.put("exemptDiagnoses", joined(r.exemptDiagnosisPrefixes()));
      }
      case AllowedImaging r -> {
        p.put("allowed", joined(r.allowed()));
        p.put("contrastRequired", String.valueOf(r.contrastRequired()));
        p.put("whenContrastContraindicated", joined(r.whenContrastContraindicated()));
      }
      case LevelsPerSession r -> {
        p.put("maxLevels", String.valueOf(r.maxLevels()));
        p.put("bilateralAllowed", String.valueOf(r.bilateralAllowed()));
      }
      case FrequencyInWindow r -> {
        p.put("maxSessions", String.valueOf(r.maxSessions()));
        p.put("window", r.window().toString());
        p.put("perRegion", String.valueOf(r.perRegion()));
      }
      case MinimumInterval r -> {
        p.put("interval", r.interval().toString());
        p.put("sameSite", String.valueOf(r.sameSite()));
      }
      case QualifyingBlocks r -> {
        p.put("blocks", joined(r.blocks().types()));
        if (r.blocks().purpose() != null) {
          p.put("blocksPurpose", r.blocks().purpose().name());
        }
        p.put("count", String.valueOf(r.count()));
        p.put("minReliefPercent", String.valueOf(r.minReliefPercent()));
        p.put("sameSite", String.valueOf(r.sameSite()));
      }
      case DocumentOnFile r -> {
        p.put("document", r.document().name());
        p.put("onlyIn", joined(r.onlyIn()));
      }
      case DurableReliefForRepeat r -> {
        p.put("lookBack", r.lookBack().toString());
        p.put("minimum", r.minimum().toString());
        p.put(
            "differentApproachAfterFailure",
            r.differentApproachAfterFailure() == null
                ? ""
                : r.differentApproachAfterFailure().toString());
      }
      case SecondBlockAfterRelief r -> {
        p.put("minReliefPercent", String.valueOf(r.minReliefPercent()));
        p.put("lookBack", r.lookBack().toString());
      }
      case RepeatBlocksAfterLapse r -> {
        p.put("blocks", joined(r.blocks().types()));
        p.put("count", String.valueOf(r.count()));
        p.put("minReliefPercent", String.valueOf(r.minReliefPercent()));
        p.put("lapse", r.lapse().toString());
      }
      case RecentDiagnosis r -> {
        p.put("diagnoses", joined(r.diagnosisPrefixes()));
        p.put("within", r.within().toString());
      }
      case LevelsWithin r -> {
        p.put("from", r.from());
        p.put("to", r.to());
      }
      case MinimumPainScore r -> p.put("minNrs", String.valueOf(r.minNrs()));
      case NotInPregnancy r -> {}
      case AuthorizationCovers r -> p.put("onlyIn", joined(r.onlyIn()));
    }
    return p;
  }

  /** A scope from its stored parts: categories and type codes comma-separated, purpose or empty. */
  public static RuleScope scope(String categories, String types, String purpose) {
    var p =
        new Reader(
            Map.of(
                "categories", categories == null ? "" : categories,
                "types", types == null ? "" : types,
                "purpose", purpose == null ? "" : purpose));
    return new RuleScope(
        p.enums("categories", ProcedureCategory.class),
        p.codes("types"),
        p.text("purpose").isEmpty() ? null : p.oneOf("purpose", ProcedurePurpose.class));
  }

  private static String joined(Set<?> values) {
    return values.stream()
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.joining(","));
  }

  /** Reads named text parameters, refusing a missing or malformed one by its name. */
  private record Reader(Map<String, String> parameters) {
    String text(String name) {
      String value = parameters.get(name);
      if (value == null) {
        throw new InvalidInputException("parameters." + name, name + " is required");
      }
      return value.strip();
    }

    Period period(String name) {
      try {
        return Period.parse(text(name));
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "parameters." + name, name + " must be a period such as P12M or P14D");
      }
    }

    Period optionalPeriod(String name) {
      String value = parameters.get(name);
      return value == null || value.isBlank() ? null : period(name);
    }

    int integer(String name) {
      try {
        return Integer.parseInt(text(name));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("parameters." + name, name + " must be a whole number");
      }
    }

    boolean bool(String name) {
      return switch (text(name)) {
        case "true" -> true;
        case "false" -> false;
        default ->
            throw new InvalidInputException("parameters." + name, name + " must be true or false");
      };
    }

    Set<String> texts(String name) {
      String value = parameters.getOrDefault(name, "");
      return Arrays.stream(value.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .collect(Collectors.toSet());
    }

    Set<ProcedureTypeCode> codes(String name) {
      return texts(name).stream().map(ProcedureTypeCode::new).collect(Collectors.toSet());
    }

    <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
      Set<E> values = EnumSet.noneOf(type);
      for (String value : texts(name)) {
        values.add(oneOf(name, type, value));
      }
      return values;
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type) {
      return oneOf(name, type, text(name));
    }

    <E extends Enum<E>> E optionalOneOf(String name, Class<E> type) {
      String value = parameters.get(name);
      return value == null || value.isBlank() ? null : oneOf(name, type, value.strip());
    }

    private <E extends Enum<E>> E oneOf(String name, Class<E> type, String value) {
      return Arrays.stream(type.getEnumConstants())
          .filter(constant -> constant.name().equals(value))
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      "parameters." + name,
                      name + " must be one of " + Arrays.toString(type.getEnumConstants())));
    }
  }
}
