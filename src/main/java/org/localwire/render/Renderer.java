package org.localwire.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.localwire.angles.Angle;
import org.localwire.facts.AreaFacts;
import org.localwire.model.InputException;
import org.localwire.model.Quote;

/**
 * Turns facts and angles into a {@link Story} through the FreeMarker templates in one folder.
 * One {@link Configuration} for the process, built here and never changed; the story template is
 * parsed once and shared (FreeMarker templates are thread-safe for processing).
 */
public final class Renderer {
  static final String STORY = "story.ftl";
  static final String PAGE = "story.ftlh";
  static final String INDEX = "index.ftlh";

  private final Template story;
  private final Template page;
  private final Template index;
  private final List<Quote> quotes;

  private Renderer(Template story, Template page, Template index, List<Quote> quotes) {
    this.story = story;
    this.page = page;
    this.index = index;
    this.quotes = quotes;
  }

  /** Loads and parses the templates in {@code folder}; a syntax error names file, line and column. */
  public static Renderer using(Path folder, List<Quote> quotes) throws InputException {
    if (!Files.isDirectory(folder)) {
      throw InputException.in(folder.toString(), "is not a folder of templates",
          "run localwire from its own folder, or point --templates at the templates/ folder");
    }
    Configuration config = configuration(folder);
    String name = STORY;
    try {
      Template story = config.getTemplate(name);
      name = PAGE;
      Template page = config.getTemplate(name);
      name = INDEX;
      Template index = config.getTemplate(name);
      return new Renderer(story, page, index, List.copyOf(quotes));
    } catch (TemplateNotFoundException e) {
      throw InputException.in(folder.resolve(name).toString(), "is missing", "restore templates/" + name);
    } catch (ParseException e) {
      throw InputException.in(folder.resolve(e.getTemplateName() == null ? STORY : e.getTemplateName()) + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber(), "template syntax error: " + e.getEditorMessage(), "fix the template");
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot read templates (" + e.getMessage() + ")", "check the folder");
    }
  }

  static Configuration configuration(Path folder) throws InputException {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    try {
      config.setDirectoryForTemplateLoading(folder.toFile());
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot be used for templates (" + e.getMessage() + ")",
          "point --templates at the templates/ folder");
    }
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.UK);
    config.setLocalizedLookup(false);
    // reader-facing numbers arrive as words from Java; any number printed raw is an id or a year
    config.setNumberFormat("c");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    return config;
  }

  /** The story as a standalone HTML page; every value is escaped by FreeMarker's HTML output format. */
  public String page(Pages.StoryPage view) throws InputException {
    return process(page, view, view.area());
  }

  /** The release's review page. */
  public String index(Pages.Index view) throws InputException {
    return process(index, view, "the review page");
  }

  private static String process(Template template, Object model, String what) throws InputException {
    StringWriter out = new StringWriter(4096);
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      throw InputException.in(template.getName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
          "the template failed for " + what + ": "
              + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), "fix the template");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Renders one story. Pure apart from reading the already-parsed template. */
  public Story render(AreaFacts facts, List<Angle> angles) throws InputException {
    String key = facts.area().name() + "|" + facts.offence().name() + "|" + facts.period().label();
    Quote quote = Quotes.choose(quotes, key, facts.force(), facts.offence().name());
    Views.Built built = Views.from(facts, angles, quote);
    StringWriter out = new StringWriter(2048);
    try {
      story.process(built.view(), out);
    } catch (TemplateException e) {
      throw InputException.in(STORY + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
          "the template failed for " + facts.area().name() + ": " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""),
          "fix the template");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Story.parse(out.toString(), Slugs.of(facts.area().name()), quote.isSample(), facts, angles,
        built.phrases());
  }
}
