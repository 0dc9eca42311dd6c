package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceLinesTest {

  @Test
  void fullWidthDigitsAndNumberPunctuationBecomeHalfWidthKeepingColumns() {
    assertEquals("共 10,831.5 万元，另", SourceLines.normalise("共 １０，８３１．５ 万元，另"));
  }

  @Test
  void aFullWidthCommaOutsideANumberStays() {
    assertEquals("省医保局,省档案馆，财政部", SourceLines.normalise("省医保局,省档案馆，财政部"));
  }
}
