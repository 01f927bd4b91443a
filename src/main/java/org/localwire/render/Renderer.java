package org.localwire.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.localwire.angles.Angle;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.PlaceFacts;
import org.localwire.model.Caveat;
import org.localwire.model.InputException;
import org.localwire.model.Quote;

/**
 * Turns any place's facts and angles into a {@link Story} through the FreeMarker templates in one
 * folder: templates/story.ftl for an area, templates/force-story.ftl for a force. One {@link
 * Configuration} for the process, built here and never changed; each template is parsed once and
 * shared (FreeMarker templates are thread-safe for processing).
 */
public final class Renderer {
  static final String STORY = "story.ftl";
  static final String FORCE_STORY = "force-story.ftl";
  static final String PAGE = "story.ftlh";
  static final String INDEX = "index.ftlh";
  static final String OVERVIEW = "overview.ftlh";

  private final Path folder;
  private final Template story;
  private final Template page;
  private final Template index;
  /** templates/force-story.ftl, read at the first force story: a folder without it still serves areas. */
  private volatile Template forceStory;
  private final List<Quote> quotes;
  private final List<Caveat> caveats;
  private java.util.Map<String, String> names;

  private org.localwire.model.OffenceCopies copies = org.localwire.model.OffenceCopies.none();

  /**
   * This renderer with the offences' own copy (data/offences/): nouns, context, helplines. Set
   * once, before the first story, by the command that made it.
   */
  public Renderer withOffences(org.localwire.model.OffenceCopies copies) {
    this.copies = java.util.Objects.requireNonNull(copies, "copies");
    return this;
  }

  /**
   * This renderer with the names copy uses for the places of the data it renders (official name
   * to name in copy, {@link org.localwire.model.PlaceNames#in}). Set once, before the first story,
   * by the command that made it.
   */
  public Renderer withNames(java.util.Map<String, String> names) {
    this.names = java.util.Map.copyOf(names);
    return this;
  }

  private Renderer(Path folder, Template story, Template page, Template index, List<Quote> quotes,
      List<Caveat> caveats, java.util.Map<String, String> names) {
    this.folder = folder;
    this.caveats = caveats;
    this.names = names;
    this.story = story;
    this.page = page;
    this.index = index;
    this.quotes = quotes;
  }

  /** Loads and parses the templates in {@code folder}; a syntax error names file, line and column. */
  public static Renderer using(Path folder, List<Quote> quotes) throws InputException {
    return using(folder, quotes, List.of());
  }

  /**
   * As {@link #using(Path, List)}, with the recording-rule changes ({@code data/caveats.csv}) a
   * story must mention when its comparison crosses one.
   */
  public static Renderer using(Path folder, List<Quote> quotes, List<Caveat> caveats) throws InputException {
    return using(folder, quotes, caveats, java.util.Map.of());
  }

  /** As above, with the names the copy uses for areas whose official name reads badly ("Bristol"). */
  public static Renderer using(Path folder, List<Quote> quotes, List<Caveat> caveats, java.util.Map<String, String> names)
      throws InputException {
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
      return new Renderer(folder, story, page, index, List.copyOf(quotes), List.copyOf(caveats),
          java.util.Map.copyOf(names));
    } catch (TemplateNotFoundException e) {
      throw InputException.in(folder.resolve(name).toString(), "is missing", "restore templates/" + name);
    } catch (ParseException e) {
      throw InputException.in(folder.resolve(e.getTemplateName() == null ? STORY : e.getTemplateName())
          + ":" + e.getLineNumber() + ":" + e.getColumnNumber(), "template syntax error: " + editorMessage(e),
          "fix the template");
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot read templates (" + e.getMessage() + ")", "check the folder");
    } catch (SecurityException e) {
      throw outside(folder, e);
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
    // a template folder may be shared: no template may create Java objects (?new Execute runs
    // programs) or reach the Java API behind a value (FM manual ref_builtin_new, ref_builtin_api)
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    // views are records of strings and booleans: read them through method handles, not bean
    // introspection (about twice as fast; see ViewWrapper)
    config.setObjectWrapper(new ViewWrapper());
    // a run reads its templates once: no re-checking files for changes at each <#include>
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    config.setCacheStorage(new freemarker.cache.StrongCacheStorage());
    return config;
  }

  /** The story as a standalone HTML page; every value is escaped by FreeMarker's HTML output format. */
  public String page(Pages.StoryPage view) throws InputException {
    return process(page, view, view.area());
  }

  /** The force story template, parsed at its first use and then shared. */
  private Template forceStory() throws InputException {
    Template known = forceStory;
    if (known == null) {
      known = template(FORCE_STORY);
      forceStory = known;
    }
    return known;
  }

  /** A template read only when asked for, its errors named as at start-up. */
  private Template template(String name) throws InputException {
    try {
      return story.getConfiguration().getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw InputException.in(folder.resolve(name).toString(), "is missing", "restore templates/" + name);
    } catch (ParseException e) {
      throw InputException.in(folder.resolve(name) + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
          "template syntax error: " + editorMessage(e), "fix the template");
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot read templates (" + e.getMessage() + ")", "check the folder");
    } catch (SecurityException e) {
      throw outside(folder, e);
    }
  }

  /** The release's review page. */
  public String index(Pages.Index view) throws InputException {
    return process(index, view, "the review page");
  }

  /**
   * The review page of a run over several offences (issue 17). Its template is read only when
   * asked for, so a templates folder without it still serves every other command.
   */
  public String overview(Pages.Overview view) throws InputException {
    return process(template(OVERVIEW), view, "the review page of every offence");
  }

  private String process(Template template, Object model, String what) throws InputException {
    // a story's page is bounded like its text; the review pages grow with the release
    java.io.Writer out = template != page ? new StringWriter(4096) : new BoundedWriter(4096);
    try {
      try {
        template.process(model, out);
      } catch (BoundedWriter.TooLong tooLong) {
        throw tooLong.where;
      }
    } catch (TemplateException e) {
      throw templateFailed(e, what);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (SecurityException e) {
      throw outside(folder, e);
    }
    return out.toString();
  }


  /**
   * A template that failed while rendering, named by file, line and column: a syntax error in an
   * included template, an include of a name outside the templates folder or of a missing file,
   * or a value the story does not provide.
   */
  private InputException templateFailed(TemplateException e, String area) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse) {
        return InputException.in(place(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber()),
            "template syntax error: " + editorMessage(parse), "fix the template");
      }
      if (cause instanceof MalformedTemplateNameException bad) {
        return InputException.in(place(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
            "includes \"" + bad.getTemplateName() + "\", which is outside the templates folder " + folder,
            "templates can only include files inside their own folder; copy the file into it");
      }
      if (cause instanceof TemplateNotFoundException missing && escapes(missing.getTemplateName())) {
        return InputException.in(place(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
            "includes \"" + missing.getTemplateName() + "\", which is outside the templates folder " + folder,
            "templates can only include files inside their own folder; copy the file into it");
      }
      if (cause instanceof TemplateNotFoundException missing) {
        return InputException.in(place(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
            "includes \"" + missing.getTemplateName() + "\", which is not in the templates folder " + folder,
            "restore the file, or correct the name in the include");
      }
    }
    String first = reason(e);
    String blamed = e.getBlamedExpressionString();
    return InputException.in(place(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
        "the template failed for " + area + ": " + first + (blamed == null ? "" : " " + blamed),
        "fix the template (the values it can use are the fields of render/StoryView.java)");
  }

  /**
   * FreeMarker's message up to its "----" separator, on one line: for {@code ?eval} and {@code
   * ?interpret} the reason is on the lines after the first (issue 14).
   */
  static String reason(TemplateException e) {
    StringBuilder sb = new StringBuilder();
    for (String line : e.getMessageWithoutStackTop().lines().toList()) {
      String l = line.strip();
      if (l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("FTL stack trace")
          || l.startsWith("The failing expression") || l.startsWith("==>")) {
        break;
      }
      l = l.replace("---begin-message---", "").replace("---end-message---", "").strip();
      if (!l.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(l);
      }
    }
    return sb.toString().replaceAll("\\s+", " ").replaceAll(",? but was expecting.*$", "").replaceAll("[.]$", "");
  }

  /**
   * FreeMarker's file loader refuses a template whose real path (after symbolic links) is outside
   * the folder, with a SecurityException; that is bad input, not a bug.
   */
  private static InputException outside(Path folder, SecurityException e) {
    return InputException.in(folder.toString(), "a template resolves to a file outside the templates folder ("
        + e.getMessage().replaceAll("\\s+", " ") + ")", "templates must be real files inside the folder, not links out of it");
  }

  /** The parser's message on one line: "Encountered \">\"" without the list of what it expected. */
  private static String editorMessage(ParseException e) {
    String first = e.getEditorMessage().lines().findFirst().orElse("").strip();
    return first.replaceAll(",? but was expecting one of these patterns:$", "")
        .replaceAll(",? but was expecting:?$", "");
  }

  /** A name that backs out of the folder ("../x.ftl", "a/../../x.ftl"), which FreeMarker will not load. */
  private boolean escapes(String name) {
    Path base = folder.toAbsolutePath().normalize();
    return name != null && !base.resolve(name.replaceFirst("^/+", "")).normalize().startsWith(base);
  }

  private String place(String template, Integer line, Integer column) {
    String file = folder.resolve(template == null ? STORY : template).toString();
    return line == null ? file : file + ":" + line + ":" + (column == null ? 1 : column);
  }

  private final java.util.Map<String, List<Quote>> pools = new java.util.concurrent.ConcurrentHashMap<>();

  /** The quotes that fit a force and offence, worked out once per pair (a batch asks for each many times). */
  private List<Quote> pool(String force, String offence) {
    List<Quote> known = pools.get(force + "\u0000" + offence);
    return known != null ? known : pools.computeIfAbsent(force + "\u0000" + offence,
        k -> Quotes.pool(quotes, force, offence));
  }

  /** Renders one story about any place. Pure apart from reading the already-parsed template. */
  public Story render(PlaceFacts facts, List<Angle> angles) throws InputException {
    return render(facts, angles, true);
  }

  /**
   * As {@link #render(PlaceFacts, List)}; without {@code trace} an area story's phrases are empty
   * (its copy is the same), which saves building the provenance no text, Markdown or HTML file prints.
   */
  public Story render(PlaceFacts facts, List<Angle> angles, boolean trace) throws InputException {
    Quote quote = quote(facts);
    Views.Built built = Views.from(facts, angles, quote, caveats, names, trace, copies);
    Template template = facts instanceof AreaFacts ? story : forceStory();
    return Story.of(blocks(facts, template, built), Slugs.of(facts.subject()), quote.isSample(), facts, angles,
        built.phrases(), built.flags(), built.subjects());
  }

  /** {@code render(facts, angles, false).text(after)} in UTF-8: the batch's {@code --stdout} stream. */
  public byte[] text(AreaFacts facts, List<Angle> angles, String after) throws InputException {
    return render(facts, angles, false).text(after).getBytes(StandardCharsets.UTF_8);
  }

  private Quote quote(PlaceFacts facts) throws InputException {
    String key = facts.subject() + "|" + facts.offence().name() + "|" + facts.period().label();
    // the same message for an area and a force (issue 14: a force's was a bug's exit 3)
    return Quotes.pick(pool(facts.force(), facts.offence().name()), key).orElseThrow(() ->
        InputException.in("--quotes", "the quote library has no quote for " + facts.offence().lowerName() + " in "
            + facts.force(), "add one whose \"offences\" and \"forces\" lists are empty or include them"));
  }

  private List<Story.Paragraph> blocks(PlaceFacts facts, Template template, Views.Built built) throws InputException {
    return templated(facts, () -> {
      BoundedWriter out = new BoundedWriter(4096);
      try {
        template.process(built.view(), out);
      } catch (BoundedWriter.TooLong e) {
        throw e.where;
      }
      return Story.blocks(out.toString());
    });
  }

  /** Template work for one story. */
  private interface Templated<T> {
    T run() throws TemplateException, IOException;
  }

  /** Runs {@code work}, turning a template's failure into bad input naming file, line and column. */
  private <T> T templated(PlaceFacts facts, Templated<T> work) throws InputException {
    try {
      return work.run();
    } catch (TemplateException e) {
      throw templateFailed(e, facts.subject());
    } catch (SecurityException e) {
      throw outside(folder, e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
