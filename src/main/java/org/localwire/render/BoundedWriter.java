package org.localwire.render;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;

/**
 * A story template's output, refused beyond {@link #MAX_CHARS} (issue 14): a runaway loop in an
 * edited template ends with an error naming the template and line, not with the heap full. The
 * error is made while the template runs, so FreeMarker records where it was.
 */
final class BoundedWriter extends Writer {
  /** A story is a few thousand characters; a million is a template gone wrong. */
  static final int MAX_CHARS = 1_000_000;

  /** Thrown through the writer: carries FreeMarker's exception with the template's place. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
    final transient TemplateException where;

    TooLong(TemplateException where) {
      super("template output over " + MAX_CHARS + " characters");
      this.where = where;
    }
  }

  private final StringBuilder text;

  BoundedWriter(int initial) {
    this.text = new StringBuilder(initial);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    check(len);
    text.append(cbuf, off, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    check(len);
    text.append(str, off, off + len);
  }

  @Override
  public void write(int c) throws IOException {
    check(1);
    text.append((char) c);
  }

  private void check(int more) throws TooLong {
    if (text.length() + (long) more > MAX_CHARS) {
      Environment env = Environment.getCurrentEnvironment();
      throw new TooLong(new TemplateException("the story is longer than " + String.format(java.util.Locale.UK, "%,d", MAX_CHARS)
          + " characters (a loop that runs away?)", env));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
