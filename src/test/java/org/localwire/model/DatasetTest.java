package org.localwire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dataset keeps figures by column (issue #6): what goes in must come out equal. */
class DatasetTest {
  static final OffenceTree TREE = OffenceTree.of(List.of(
      new Offence("Total recorded crime", "", 0, "total"),
      new Offence("Stalking and harassment", "Total recorded crime", 1, "group")));
  static final String STALKING = "Stalking and harassment";
  static final Period Y2016 = Period.calendarYear(2016);
  static final Period Y2017 = Period.calendarYear(2017);
  static final Area NEWPORT = new Area("Newport", "W06000022", "Gwent", Population.unknown("none"));
  static final Area CARDIFF = new Area("Cardiff", "W06000015", "South Wales", Population.unknown("none"));

  static Dataset.Builder builder() {
    return Dataset.builder(new Source("x.csv", "police", "", false), TREE).period(Y2016).period(Y2017)
        .offence(STALKING).area(NEWPORT).area(CARDIFF);
  }

  @Test
  void aFigureComesBackEqualToTheOneAdded() {
    Dataset.Builder b = builder();
    Figure count = Figure.of(Place.area(NEWPORT), STALKING, Y2017, 2141, new Cell("x.csv", 120, 14));
    Figure missing = Figure.missing(Place.area(NEWPORT), STALKING, Y2016, "[x]", new Cell("x.csv", 120, 13));
    Figure empty = Figure.missing(Place.forceTotal("Gwent"), STALKING, Y2017, "", new Cell("y.csv", 7, 3));
    Figure national = Figure.of(Place.national(), "Total recorded crime", Y2017, 6_600_000, new Cell("z.json", 3, 12));
    for (Figure f : List.of(count, missing, empty, national)) {
      assertEquals(Optional.empty(), b.figure(f));
    }
    Dataset data = b.build();
    assertEquals(Optional.of(count), data.figure(Place.area(NEWPORT), STALKING, Y2017));
    assertEquals(Optional.of(missing), data.figure(Place.area(NEWPORT), STALKING, Period.parse("2016").orElseThrow()));
    assertEquals(Optional.of(empty), data.figure(Place.forceTotal("Gwent"), STALKING, Y2017));
    assertEquals(Figure.EMPTY, data.figure(Place.forceTotal("Gwent"), STALKING, Y2017).orElseThrow().missing());
    assertEquals(Optional.of(national), data.figure(Place.national(), "Total recorded crime", Y2017));
    assertEquals("y.csv:7:3", data.figure(Place.forceTotal("Gwent"), STALKING, Y2017).orElseThrow().cell().toString());
  }

  @Test
  void aFigureNotAddedIsAbsent() {
    Dataset.Builder b = builder();
    b.figure(Figure.of(Place.area(NEWPORT), STALKING, Y2017, 5, new Cell("x.csv", 2, 3)));
    Dataset data = b.build();
    assertEquals(Optional.empty(), data.figure(Place.area(NEWPORT), STALKING, Y2016), "known place, other period");
    assertEquals(Optional.empty(), data.figure(Place.area(CARDIFF), STALKING, Y2017), "area without figures");
    assertEquals(Optional.empty(), data.figure(Place.area(NEWPORT), "Burglary", Y2017), "offence never seen");
    assertEquals(Optional.empty(), data.figure(Place.area(NEWPORT), STALKING, Period.calendarYear(2018)),
        "period never seen");
    assertEquals(Optional.empty(), data.figure(Place.forceTotal("Newport"), STALKING, Y2017),
        "same name, other kind of place");
    assertEquals(Optional.empty(), data.figure(new Place(Place.Kind.AREA, "Newport", "Dyfed-Powys"), STALKING, Y2017),
        "same name, other force");
  }

  @Test
  void aSecondFigureForTheSameCellReturnsTheFirstAndIsNotKept() {
    Dataset.Builder b = builder();
    Figure first = Figure.of(Place.area(NEWPORT), STALKING, Y2017, 5, new Cell("x.csv", 2, 3));
    Figure second = Figure.of(Place.area(NEWPORT), STALKING, Y2017, 6, new Cell("x.csv", 9, 3));
    assertEquals(Optional.empty(), b.figure(first));
    assertEquals(Optional.of(first), b.figure(second));
    assertEquals(Optional.of(first), b.build().figure(Place.area(NEWPORT), STALKING, Y2017));
  }

  @Test
  void manyFiguresAreAllFoundAfterTheTableGrows() {
    Dataset.Builder b = builder();
    int areas = 5_000;
    for (int i = 1; i <= areas; i++) {
      Place place = new Place(Place.Kind.AREA, "Area " + i, "Force " + (i % 7));
      b.figure(Figure.of(place, STALKING, Y2016, i, new Cell("x.csv", i + 1, 3)));
      b.figure(i % 10 == 0
          ? Figure.missing(place, STALKING, Y2017, "..", new Cell("x.csv", i + 1, 4))
          : Figure.of(place, STALKING, Y2017, 2L * i, new Cell("x.csv", i + 1, 4)));
    }
    Dataset data = b.build();
    for (int i = 1; i <= areas; i++) {
      Place place = new Place(Place.Kind.AREA, "Area " + i, "Force " + (i % 7));
      Figure y2016 = data.figure(place, STALKING, Y2016).orElseThrow();
      assertEquals(i, y2016.count());
      assertEquals(new Cell("x.csv", i + 1, 3), y2016.cell());
      Figure y2017 = data.figure(place, STALKING, Y2017).orElseThrow();
      assertEquals(i % 10 == 0, y2017.isMissing());
      assertEquals(i % 10 == 0 ? "" : Long.toString(2L * i),
          y2017.value().isPresent() ? Long.toString(y2017.value().getAsLong()) : "");
    }
    assertTrue(data.figure(new Place(Place.Kind.AREA, "Area 1", "Force 2"), STALKING, Y2016).isEmpty());
  }

  @Test
  void aBuiltDatasetDoesNotSeeFiguresAddedLater() {
    Dataset.Builder b = builder();
    b.figure(Figure.of(Place.area(NEWPORT), STALKING, Y2017, 5, new Cell("x.csv", 2, 3)));
    Dataset first = b.build();
    b.figure(Figure.of(Place.area(CARDIFF), STALKING, Y2017, 7, new Cell("x.csv", 3, 3)));
    assertFalse(first.figure(Place.area(CARDIFF), STALKING, Y2017).isPresent());
    assertEquals(7, b.build().figure(Place.area(CARDIFF), STALKING, Y2017).orElseThrow().count());
  }

  @Test
  void offencesAreListedOnceInTheOrderFirstNamed() {
    Dataset data = builder().offence("Burglary").offence(STALKING).offence("Burglary").build();
    assertEquals(List.of(STALKING, "Burglary"), data.offences());
  }

  @Test
  void areasAreFoundByTheirExactName() {
    Dataset data = builder().build();
    assertEquals(Optional.of(CARDIFF), data.area("Cardiff"));
    assertEquals(Optional.of(NEWPORT), data.area("Newport"));
    assertEquals(Optional.empty(), data.area("newport"));
    assertEquals(Optional.empty(), data.area("Swansea"));
    assertEquals(List.of(NEWPORT), data.areasIn("Gwent"));
  }

  @Test
  void placesAreFoundAfterTheirTableGrows() {
    Dataset.Builder b = builder();
    for (int i = 0; i < 100; i++) {
      b.figure(Figure.of(Place.forceTotal("Force " + i), STALKING, Y2017, i, new Cell("x.csv", i + 1, 3)));
      b.figure(Figure.of(Place.unassigned("Force " + i), STALKING, Y2017, 1000 + i, new Cell("x.csv", i + 1, 4)));
    }
    Dataset data = b.build();
    for (int i = 0; i < 100; i++) {
      assertEquals(i, data.figure(Place.forceTotal("Force " + i), STALKING, Y2017).orElseThrow().count());
      assertEquals(1000 + i, data.figure(Place.unassigned("Force " + i), STALKING, Y2017).orElseThrow().count());
    }
    assertTrue(data.figure(Place.forceTotal("Force 100"), STALKING, Y2017).isEmpty());
  }

  @Test
  void expectIsAHintOnly() {
    Dataset.Builder b = builder();
    b.figure(Figure.of(Place.area(NEWPORT), STALKING, Y2016, 1, new Cell("x.csv", 2, 3)));
    b.expect(4, 2);
    for (int i = 0; i < 50; i++) {
      b.figure(Figure.of(Place.forceTotal("Force " + i), STALKING, Y2017, i, new Cell("x.csv", i + 3, 3)));
    }
    Dataset data = b.build();
    assertEquals(1, data.figure(Place.area(NEWPORT), STALKING, Y2016).orElseThrow().count());
    assertEquals(49, data.figure(Place.forceTotal("Force 49"), STALKING, Y2017).orElseThrow().count());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder().expect(-1, 0));
    assertEquals("expect -1 figures, 0 places", e.getMessage());
  }

  @Test
  void aMissingFigureHasNoCount() {
    Dataset.Builder b = builder();
    b.figure(Figure.missing(Place.area(NEWPORT), STALKING, Y2017, "[x]", new Cell("x.csv", 2, 3)));
    Figure f = b.build().figure(Place.area(NEWPORT), STALKING, Y2017).orElseThrow();
    IllegalStateException e = assertThrows(IllegalStateException.class, f::count);
    assertEquals("Newport has no count: the cell x.csv:2:3 holds [x]", e.getMessage());
  }
}
