package org.localwire.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.localwire.model.InputException;

/**
 * All-or-nothing output for one release: files go into a hidden temporary folder beside the
 * target ({@code out/.<release>.partial-<pid>}), which replaces {@code out/<release>} only when
 * {@link #commit()} is called after every story rendered. Closing without a commit deletes the
 * temporary folder, so a failed batch leaves {@code out/} exactly as it was; so does a shutdown
 * hook when the run is stopped (SIGINT, SIGTERM). Every path is checked to stay inside the
 * folder.
 *
 * <p>Only localwire's own output is ever replaced or removed (issue 14): a release carries a
 * {@link #MARKER} file, and a file or a foreign folder where the release goes is an error naming
 * it. The caller holds the folder's {@link OutLock}: leftovers of a killed run of the same
 * release are then known to be dead and are removed (an earlier release a killed run had moved
 * aside is put back).
 */
public final class ReleaseFolder implements AutoCloseable {
  /** The file that marks a folder as a localwire release, so that a re-run may replace it. */
  public static final String MARKER = ".localwire-release";

  private final Path target;
  private final Path temp;
  private final Thread cleanup;
  private volatile boolean committed;
  private volatile Path old;

  private ReleaseFolder(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
    this.cleanup = new Thread(this::abandon, "localwire-cleanup");
  }

  /** Prepares {@code out/<release>}; {@code out} is created if missing. Hold {@code out}'s lock first. */
  public static ReleaseFolder create(Path out, String release) throws InputException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw InputException.in(out.toString(), "is a file, not a folder", "give --out a folder (it is created if missing)");
    }
    Path target = out.resolve(release);
    ReleaseFolder folder;
    try {
      Files.createDirectories(out);
      removeLeftovers(out, release);
      checkReplaceable(target);
      // a folder of our own naming, made as any other (so with the umask's permissions, as the
      // files get), not createTempDirectory's 0700 that a web server or a colleague cannot open
      Path temp = out.resolve("." + release + ".partial-" + ProcessHandle.current().pid());
      deleteTree(temp);
      Files.createDirectory(temp);
      folder = new ReleaseFolder(target, temp);
      Runtime.getRuntime().addShutdownHook(folder.cleanup);
    } catch (IOException e) {
      throw InputException.in(out.toString(), "cannot be written (" + describe(e) + ")",
          "choose a folder you can write to with --out");
    }
    folder.write(MARKER, "localwire release " + release + "\n");
    return folder;
  }

  /**
   * A file, a link or a folder that is not a localwire release where the release goes is never
   * removed: say so. A release written before the marker existed is recognised by holding an
   * {@code index.html} and only story files.
   */
  private static void checkReplaceable(Path target) throws IOException, InputException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String what = Files.isSymbolicLink(target) ? "a link" : !Files.isDirectory(target) ? "a file"
        : "a folder that is not a localwire release";
    if (Files.isSymbolicLink(target) || !Files.isDirectory(target) || !isRelease(target)) {
      throw InputException.in(target.toString(), "is " + what + ", and localwire replaces only its own releases",
          "move or rename it, or name the release otherwise with --release");
    }
  }

  private static final Set<String> STORY_FILES = Set.of("txt", "md", "html", "json");

  private static boolean isRelease(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    if (!Files.isRegularFile(dir.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).allMatch(p -> {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && STORY_FILES.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
      });
    }
  }

  /**
   * What a killed run of {@code release} left: its temporary folder, and the earlier release it
   * had moved aside, which goes back in place when no release took its place.
   */
  private static void removeLeftovers(Path out, String release) throws IOException {
    List<Path> partial = new ArrayList<>();
    List<Path> old = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(out, "." + release + ".*")) {
      for (Path p : in) {
        String name = p.getFileName().toString().substring(release.length() + 1);
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (name.startsWith(".partial-")) {
          partial.add(p);
        } else if (name.startsWith(".old-")) {
          old.add(p);
        }
      }
    }
    Path target = out.resolve(release);
    for (Path p : old) {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && isRelease(p)) {
        move(p, target);
      } else {
        deleteTree(p);
      }
    }
    for (Path p : partial) {
      deleteTree(p);
    }
  }

  /** Writes one file at {@code relative} (a path of slugs, e.g. {@code gwent/newport.txt}). */
  public void write(String relative, String content) throws InputException {
    write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content}, bytes as they are, to {@code relative} in the release. */
  public void write(String relative, byte[] content) throws InputException {
    Path file = temp.resolve(relative).normalize();
    if (!file.startsWith(temp) || file.equals(temp)) {
      throw new IllegalArgumentException("output path " + relative + " would leave the release folder");
    }
    try {
      folderFor(file);
      Files.write(file, content);
    } catch (IOException e) {
      throw InputException.in(target.getParent().toString(), "cannot write " + target.getFileName() + "/" + relative
          + " (" + describe(e) + "); nothing was changed", hint(e));
    }
  }

  /** The folders made so far: each is made once, not asked after for each of its files. */
  private final ConcurrentHashMap<Path, Boolean> folders = new ConcurrentHashMap<>();

  private void folderFor(Path file) throws IOException {
    Path parent = file.getParent();
    if (folders.containsKey(parent)) {
      return;
    }
    try {
      // a second thread wanting the same folder waits until it is there
      folders.computeIfAbsent(parent, p -> {
        try {
          Files.createDirectories(p);
          return Boolean.TRUE;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Moves the finished release into place, replacing an earlier one of the same name. */
  public Path commit() throws InputException {
    try {
      checkReplaceable(target);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path aside = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        deleteTree(aside);
        old = aside;
        move(target, aside);
      }
      move(temp, target);
      committed = true;
    } catch (IOException e) {
      restore();
      throw InputException.in(target.toString(), "cannot be replaced (" + describe(e) + ")",
          "check that nothing holds files open in it and that you can write to " + target.getParent());
    }
    Path aside = old;
    old = null;
    if (aside != null) {
      try {
        deleteTree(aside);
      } catch (IOException e) {
        // the new release is in place; the next run removes what is left of the old one
      }
    }
    return target;
  }

  /** The earlier release back in place after a failed or stopped commit. */
  private void restore() {
    Path aside = old;
    if (aside != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        move(aside, target);
        old = null;
      } catch (IOException ignored) {
        // the earlier release stays at its .old- name; the next run puts it back
      }
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      return; // the hook is running: it cleans up
    }
    abandon();
  }

  /** Removes the temporary folder of a release that was not committed. */
  private void abandon() {
    if (committed) {
      return;
    }
    restore();
    // when stopped by a signal, workers may still be adding files: try again
    for (int attempt = 0; attempt < 5 && Files.exists(temp); attempt++) {
      try {
        deleteTree(temp);
      } catch (IOException e) {
        // a file appeared or went while walking: walk again
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static boolean noSpace(IOException e) {
    return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("no space left on device")
        || (e instanceof FileSystemException fs && String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT)
            .contains("no space"));
  }

  private static String hint(IOException e) {
    return noSpace(e) ? "free some space on the disk, or write to another folder with --out"
        : "check that you can write to the folder, or choose another with --out";
  }

  static String describe(IOException e) {
    if (noSpace(e)) {
      return "no space left on device";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
      return "a file is in the way: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
