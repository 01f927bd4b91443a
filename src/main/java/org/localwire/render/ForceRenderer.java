package org.localwire.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.localwire.angles.Angle;
import org.localwire.facts.ForceFacts;
import org.localwire.model.InputException;
import org.localwire.model.Quote;

/**
 * Turns force facts and angles into a {@link ForceStory} through templates/force-story.ftl,
 * with the same FreeMarker settings as {@link Renderer}. A command builds one renderer or the
 * other, never both, so a process has one FreeMarker configuration.
 */
public final class ForceRenderer {
  static final String TEMPLATE = "force-story.ftl";

  private final Template template;
  private final List<Quote> quotes;
  private final java.util.Map<String, String> names;
  private final org.localwire.model.OffenceCopies copies;

  private ForceRenderer(Template template, List<Quote> quotes, java.util.Map<String, String> names,
      org.localwire.model.OffenceCopies copies) {
    this.template = template;
    this.quotes = quotes;
    this.names = java.util.Map.copyOf(names);
    this.copies = copies;
  }

  /** This renderer naming places as {@code names} says (data/area-names.csv: "the City of London"). */
  public ForceRenderer withNames(java.util.Map<String, String> names) {
    return new ForceRenderer(template, quotes, names, copies);
  }

  /** This renderer with the offences' own copy (data/offences/): context and helplines. */
  public ForceRenderer withOffences(org.localwire.model.OffenceCopies copies) {
    return new ForceRenderer(template, quotes, names, copies);
  }

  /** Loads and parses the force story template in {@code folder}. */
  public static ForceRenderer using(Path folder, List<Quote> quotes) throws InputException {
    if (!Files.isDirectory(folder)) {
      throw InputException.in(folder.toString(), "is not a folder of templates",
          "run localwire from its own folder, or point --templates at the templates/ folder");
    }
    Configuration config = Renderer.configuration(folder);
    try {
      return new ForceRenderer(config.getTemplate(TEMPLATE), List.copyOf(quotes), java.util.Map.of(),
          org.localwire.model.OffenceCopies.none());
    } catch (TemplateNotFoundException e) {
      throw InputException.in(folder.resolve(TEMPLATE).toString(), "is missing", "restore templates/" + TEMPLATE);
    } catch (ParseException e) {
      throw InputException.in(folder.resolve(e.getTemplateName() == null ? TEMPLATE : e.getTemplateName()) + ":"
          + e.getLineNumber() + ":" + e.getColumnNumber(), "template syntax error: " + e.getEditorMessage(),
          "fix the template");
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot read templates (" + e.getMessage() + ")", "check the folder");
    }
  }

  /** Renders one force story. */
  public ForceStory render(ForceFacts facts, List<Angle> angles) throws InputException {
    String subject = facts.focus().orElse(facts.force());
    String key = subject + "|" + facts.offence().name() + "|" + facts.period().label();
    // the same message as an area story's (issue 14: this was a bug's exit 3)
    Quote quote = Quotes.find(quotes, key, facts.force(), facts.offence().name()).orElseThrow(() ->
        InputException.in("--quotes", "the quote library has no quote for " + facts.offence().lowerName() + " in "
            + facts.force(), "add one whose \"offences\" and \"forces\" lists are empty or include them"));
    ForceViews.Built built = ForceViews.from(facts, angles, quote, names, copies.of(facts.offence().name()));
    BoundedWriter out = new BoundedWriter(4096);
    try {
      try {
        template.process(built.view(), out);
      } catch (BoundedWriter.TooLong tooLong) {
        throw tooLong.where;
      }
    } catch (TemplateException e) {
      throw InputException.in(TEMPLATE + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
          "the template failed for " + subject + ": "
              + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), "fix the template");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ForceStory.parse(out.toString(), Slugs.of(subject), quote.isSample(), facts, angles, built.phrases());
  }
}
