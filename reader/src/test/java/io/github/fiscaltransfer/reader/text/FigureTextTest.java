package io.github.fiscaltransfer.reader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTextTest {

  @Test
  void oneFigureIsReadAsIs() {
    assertEquals(new FigureText.Figure("10,831", FigureText.Kind.SINGLE), FigureText.join(List.of("10,831")));
  }

  @Test
  void piecesThatAreNoFigureAloneAreJoined() {
    assertEquals(new FigureText.Figure("10,831", FigureText.Kind.JOINED), FigureText.join(List.of("10,8", "31")));
    assertEquals(new FigureText.Figure("70.91", FigureText.Kind.JOINED), FigureText.join(List.of("70.", "91")));
  }

  @Test
  void piecesThatAreEachAFigureAreAmbiguous() {
    assertEquals(new FigureText.Figure("19 6", FigureText.Kind.AMBIGUOUS), FigureText.join(List.of("19", "6")));
  }

  @Test
  void badGroupingIsNoFigure() {
    assertEquals(FigureText.Kind.INVALID, FigureText.join(List.of("1,98,974")).kind());
    assertEquals(FigureText.Kind.INVALID, FigureText.join(List.of("1,9", "8,974")).kind());
  }
}
