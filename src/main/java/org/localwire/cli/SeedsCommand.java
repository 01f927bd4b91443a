package org.localwire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localwire.angles.Angle;
import org.localwire.angles.Angles;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Facts;
import org.localwire.facts.Totals;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.render.Renderer;
import org.localwire.render.Story;
import org.localwire.seeds.Agreements;
import org.localwire.seeds.SeedCase;
import org.localwire.seeds.SeedChecks;
import org.localwire.seeds.SeedLoader;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Percentages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "seeds", mixinStandardHelpOptions = true,
    description = {"Run every seed case in seeds/: for each fact the seed article reports, print the article's "
        + "wording, localwire's wording and whether the article's claim is exact, loose but true or false; check the "
        + "story type the angle selector picks; compare the seed's figures with the bundled data.",
        "Exit code 0 only when localwire's own wording of every fact is true and tight for the exact value."})
final class SeedsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin RenderOptions render;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
      description = "Folder of seed cases, one JSON file per seed article (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Folder with the offence tree, caveats and the bundled figures (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    DataLoader loader = DataLoader.using(dataDir);
    List<Caveat> caveats = loader.caveats();
    List<Dataset> bundled = List.of(
        loader.load(dataDir.resolve(DataLoader.ROLLING_FILE), DataLoader.DEFAULT_OFFENCE),
        loader.load(dataDir.resolve(DataLoader.QUARTERLY_FILE), DataLoader.DEFAULT_OFFENCE),
        loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE));
    Renderer renderer = Renderer.using(render.templates, QuoteLoader.load(render.quotes));
    PrintWriter out = spec.commandLine().getOut();
    int facts = 0;
    int wrong = 0;
    int[] verdicts = new int[5];
    List<String> problems = new ArrayList<>();
    for (Path file : files()) {
      SeedCase seed = SeedLoader.load(file, loader.offenceTree());
      out.println(seed.id() + "  (encodes " + seed.seedFile() + ")");
      if (!seed.about().isEmpty()) {
        out.println("  " + seed.about());
      }
      Story story = story(seed, caveats, renderer);
      String type = story.lead().name();
      boolean typeOk = type.equals(seed.storyType());
      out.println("  story type: " + type + (typeOk ? "" : "  <-- the seed expects " + seed.storyType()));
      if (!typeOk) {
        problems.add(seed.id() + ": the angle selector picked " + type + ", the seed expects " + seed.storyType());
      }
      out.println("  headline: " + story.headline());
      for (SeedChecks.FactCheck check : SeedChecks.check(seed)) {
        facts++;
        var fact = check.fact();
        out.println("  " + fact.id() + "  [" + fact.measure().jsonName() + "]"
            + (check.measurement().available() ? "  exact: " + check.measurement().exact() : ""));
        String verdict = check.articleVerdict();
        String why = check.article().map(j -> " (" + j.why() + ")")
            .orElse(check.measurement().available() ? "" : " (" + check.measurement().unavailable() + ")");
        out.println("      article:   " + quoted(fact.article()) + "  -> " + verdict + why);
        for (String note : check.notes()) {
          out.println("                 note: " + note);
        }
        String ours = check.localwire().isEmpty() ? "(not stated)" : quoted(check.localwire());
        String ourVerdict = check.localwireJudgement().map(j -> j.verdict().words() + " (" + j.why() + ")")
            .orElse("nothing to check");
        out.println("      localwire: " + ours + "  -> " + ourVerdict);
        if (!check.localwireTrue()) {
          wrong++;
          problems.add(seed.id() + "/" + fact.id() + ": localwire's wording \"" + check.localwire()
              + "\" is not exact for " + check.measurement().exact());
        }
        verdicts[index(verdict)]++;
      }
      List<Agreements.Agreement> agreements = Agreements.compare(seed.data(), bundled);
      if (agreements.isEmpty()) {
        out.println("  bundled data: no bundled figures for the same places, offences and periods");
      } else {
        out.println("  bundled data:");
        for (Agreements.Agreement a : agreements) {
          out.println("      " + agreement(a));
        }
      }
      out.println();
    }
    out.println("summary: " + facts + " facts; localwire's wording exact for " + (facts - wrong) + " of " + facts
        + "; the articles' claims: " + verdicts[0] + " exact, " + verdicts[1] + " loose but true, " + verdicts[2]
        + " false, " + verdicts[3] + " cannot be checked, " + verdicts[4] + " not stated");
    out.flush();
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      problems.forEach(p -> err.println("localwire: " + p));
      err.flush();
      return Localwire.INPUT;
    }
    return 0;
  }

  private List<Path> files() throws InputException {
    if (!Files.isDirectory(seeds)) {
      throw InputException.in(seeds.toString(), "is not a folder of seed cases", "point --seeds at the seeds/ folder");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(seeds, "*.json")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw InputException.in(seeds.toString(), "cannot be read (" + e.getMessage() + ")", "check the folder");
    }
    if (files.isEmpty()) {
      throw InputException.in(seeds.toString(), "has no seed cases (*.json)", "add one JSON file per seed article");
    }
    files.sort(null);
    return files;
  }

  /** The seed's story, as 'story --data seeds/FILE' writes it. */
  static Story story(SeedCase seed, List<Caveat> caveats, Renderer renderer) throws InputException {
    Dataset data = seed.data();
    if (data.forces().size() != 1) {
      throw InputException.in(data.source().file(), "covers " + data.forces().size() + " forces",
          "a seed case covers one police force");
    }
    String force = data.forces().get(0);
    String offence = data.offences().get(0);
    List<Period> years = Totals.years(data);
    Optional<Period> period = Optional.empty();
    for (Period p : years) {
      if (Totals.force(data, force, offence, p).isPresent()) {
        period = Optional.of(p);
      }
    }
    if (period.isEmpty()) {
      throw InputException.in(data.source().file(), "has no 12-month " + offence + " figure for " + force,
          "add the force's count for a year");
    }
    ForceFacts facts = Facts.of(data, caveats).forForce(force, offence, period.get(), Optional.empty());
    List<Angle> angles = Angles.rank(facts);
    return renderer.render(facts, angles);
  }

  private static int index(String verdict) {
    return switch (verdict) {
      case "exact" -> 0;
      case "loose but true" -> 1;
      case "false" -> 2;
      case "not stated" -> 4;
      default -> 3;
    };
  }

  private static String quoted(String s) {
    return s.isBlank() ? "(nothing printed)" : "\"" + s + "\"";
  }

  private static String agreement(Agreements.Agreement a) {
    String what = (a.place().kind() == Place.Kind.NATIONAL ? "England and Wales" : a.place().name()) + ", "
        + a.offence().toLowerCase(Locale.UK) + ", " + a.period().label();
    String theirs = NumberWords.digits(a.bundled().value()) + " in " + Path.of(a.bundledFile()).getFileName()
        + " (" + a.bundled().cells().get(0) + (a.bundled().cells().size() > 1 ? " and " + (a.bundled().cells().size() - 1)
        + " more cells" : "") + ")";
    if (a.seed().isEmpty()) {
      return what + ": the seed has no figure (" + a.seedMissing() + "); the bundled data give " + theirs;
    }
    String ours = NumberWords.digits(a.seed().getAsLong());
    if (a.agrees()) {
      return what + ": seed " + ours + ", bundled " + theirs + ": they agree";
    }
    long d = a.difference();
    return what + ": seed " + ours + ", bundled " + theirs + ": they differ, the seed's figure is "
        + NumberWords.digits(Math.abs(d)) + (d > 0 ? " higher" : " lower") + " ("
        + Percentages.change(a.bundled().value(), a.seed().getAsLong()).orElse("") + " of the bundled figure)";
  }
}
