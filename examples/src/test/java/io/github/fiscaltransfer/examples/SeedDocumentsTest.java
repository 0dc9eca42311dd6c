package io.github.fiscaltransfer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.jackson.NoticeDocumentSchema;
import io.github.fiscaltransfer.notice.NoticeValidator;
import io.github.fiscaltransfer.evaluation.SeedSelfEvaluations;
import io.github.fiscaltransfer.performance.SeedTargetTables;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed JSON file reads, matches the schema, equals the seed built in Java, and is stored normalised. */
class SeedDocumentsTest {

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of(SeedDocuments.FILES.get(0),
            NoticeDocument.of(SeedNotices.guangdong307(), List.of(SeedTargetTables.guangdong2022()))),
        Arguments.of(SeedDocuments.FILES.get(1),
            NoticeDocument.of(SeedNotices.lianghe(), List.of(SeedTargetTables.lianghe2022Template()))),
        Arguments.of(SeedDocuments.FILES.get(2), NoticeDocument.of(SeedNotices.jiangmen16(), List.of(
            SeedTargetTables.jiangmen2023No1(), SeedTargetTables.jiangmen2023No2(),
            SeedTargetTables.jiangmen2023No3()))),
        Arguments.of(SeedDocuments.FILES.get(3), NoticeDocument.of(SeedSelfEvaluations.jiangmen2022())));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = SeedDocuments.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void loadsEverySeedInSeedOrder() throws IOException {
    assertEquals(seeds().map(arguments -> arguments.get()[1]).toList(), SeedDocuments.load());
  }

  @Test
  void aMissingResourceIsNamed() {
    FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> SeedDocuments.load("/seeds/x.json"));
    assertEquals("No class-path resource /seeds/x.json", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void readsAsTheSeedBuiltInJava(String file, NoticeDocument expected) throws IOException {
    assertEquals(expected, SeedDocuments.load(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void isStoredNormalised(String file, NoticeDocument expected) throws IOException {
    assertEquals(text(file), SeedDocuments.normalised(SeedDocuments.load(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void matchesTheSchema(String file, NoticeDocument expected) throws IOException {
    assertEquals(Set.of(), NoticeDocumentSchema.errors(FiscalTransferMappers.newMapper().readTree(text(file))));
  }

  static Stream<Arguments> findings() {
    return Stream.of(
        Arguments.of(SeedDocuments.FILES.get(0), List.of()),
        Arguments.of(SeedDocuments.FILES.get(1), List.of("funding.annual-blank@/targets/0/funding",
            "goal.placeholder@/targets/0/goals/0", "goal.placeholder@/targets/0/goals/1",
            "goal.placeholder@/targets/0/goals/2",
            "goal.placeholder@/targets/0/goals/3", "target.placeholder@/targets/0/indicators/0/target",
            "target.placeholder@/targets/0/indicators/1/target", "indicator.placeholder@/targets/0/indicators/2/name",
            "target.placeholder@/targets/0/indicators/3/target", "target.placeholder@/targets/0/indicators/4/target",
            "target.placeholder@/targets/0/indicators/5/target", "target.placeholder@/targets/0/indicators/7/target",
            "indicator.placeholder@/targets/0/indicators/9/name", "target.empty@/targets/0/indicators/10/target",
            "indicator.placeholder@/targets/0/indicators/11/name",
            "target.placeholder@/targets/0/indicators/13/target",
            "indicator.placeholder@/targets/0/indicators/14/name")),
        Arguments.of(SeedDocuments.FILES.get(2), List.of("category.unstated@/targets/0/indicators/12/level1")),
        Arguments.of(SeedDocuments.FILES.get(3), List.of("evaluation.grade-unverifiable@/selfEvaluation/statedGrade")));
  }

  /**
   * 000's notice and table are clean; 001 attaches the unfilled county template; 002's 1号 table prints no level-1
   * cell for its last row; 003 states a grade although it does not print every part of the score.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void validationFindsWhatTheSeedsPrint(String file, List<String> expected) throws IOException {
    List<String> found = SeedDocuments.load(file).validate().findings().stream()
        .map(finding -> finding.ruleId() + "@" + finding.pointer()).toList();
    assertEquals(expected, found);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyFindingPointsAtAValueOfTheSeedFile(String file, NoticeDocument expected) throws IOException {
    com.fasterxml.jackson.databind.JsonNode json = FiscalTransferMappers.newMapper().readTree(text(file));
    for (io.github.fiscaltransfer.validation.Finding finding : SeedDocuments.load(file).validate().findings()) {
      assertFalse(json.at(finding.pointer().toString()).isMissingNode(), finding + " resolves in " + file);
    }
  }
}
