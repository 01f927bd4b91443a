package org.localwire.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.localwire.model.InputException;

/** The review page of a run over several offences, {@code <out>/index.html}, beside the release folders. */
final class Overview {
  private Overview() {}

  /** The page's name in {@code --out}. */
  static final String FILE = "index.html";

  /** Marks the review page of every offence as localwire's own, so that a re-run may replace it. */
  private static final String GENERATOR = "<meta name=\"generator\" content=\"localwire batch --offence\">";

  /** The page in {@code out}, checked: localwire replaces only a page it wrote itself. */
  static Path in(Path out) throws InputException {
    Path page = out.resolve(FILE);
    if (Files.exists(page, LinkOption.NOFOLLOW_LINKS) && !ours(page)) {
      throw InputException.in(page.toString(), "is not a review page localwire wrote, and localwire replaces only "
          + "its own output", "move or rename it, or write into another folder with --out");
    }
    return page;
  }

  /** Writes {@code html} as the page, marked as localwire's. */
  static void write(Path page, String html) throws InputException {
    writeAtomically(page, html.replace("<head>", "<head>\n" + GENERATOR));
  }

  private static boolean ours(Path page) {
    try {
      return Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) && Files.readString(page).contains(GENERATOR);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Writes {@code file} beside itself and moves it into place, so that a reader never sees half a page. */
  private static void writeAtomically(Path file, String content) throws InputException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid());
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // nothing more to do
      }
      throw InputException.in(file.toString(), "cannot be written (" + e.getMessage() + ")",
          "check the disk, or write into another folder with --out");
    }
  }
}
