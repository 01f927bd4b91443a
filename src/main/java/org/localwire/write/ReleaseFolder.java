package org.localwire.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.localwire.model.InputException;

/**
 * All-or-nothing output for one release: files go into a hidden temporary folder beside the
 * target ({@code out/.<release>.partial-N}), which replaces {@code out/<release>} only when
 * {@link #commit()} is called after every story rendered. Closing without a commit deletes the
 * temporary folder, so a failed batch leaves {@code out/} exactly as it was. Every path is
 * checked to stay inside the folder.
 */
public final class ReleaseFolder implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean committed;

  private ReleaseFolder(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** Prepares {@code out/<release>}; {@code out} is created if missing. */
  public static ReleaseFolder create(Path out, String release) throws InputException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw InputException.in(out.toString(), "is a file, not a folder", "give --out a folder (it is created if missing)");
    }
    try {
      Files.createDirectories(out);
      Path temp = Files.createTempDirectory(out, "." + release + ".partial-");
      return new ReleaseFolder(out.resolve(release), temp);
    } catch (IOException e) {
      throw InputException.in(out.toString(), "cannot be written (" + describe(e) + ")",
          "choose a folder you can write to with --out");
    }
  }

  /** Writes one file at {@code relative} (a path of slugs, e.g. {@code gwent/newport.txt}). */
  public void write(String relative, String content) {
    Path file = temp.resolve(relative).normalize();
    if (!file.startsWith(temp) || file.equals(temp)) {
      throw new IllegalArgumentException("output path " + relative + " would leave the release folder");
    }
    try {
      folderFor(file);
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The folders made so far: each is made once, not asked after for each of its files. */
  private final java.util.concurrent.ConcurrentHashMap<Path, Boolean> folders =
      new java.util.concurrent.ConcurrentHashMap<>();

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
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Moves the finished release into place, replacing an earlier one of the same name. */
  public Path commit() throws InputException {
    Path old = null;
    try {
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(temp, target);
      committed = true;
    } catch (IOException e) {
      if (old != null && !Files.exists(target)) {
        try {
          move(old, target);
          old = null;
        } catch (IOException ignored) {
          // the earlier release stays at its .old- name; the message below says what failed
        }
      }
      throw InputException.in(target.toString(), "cannot be replaced (" + describe(e) + ")",
          "check that nothing holds files open in it and that you can write to " + target.getParent());
    }
    if (old != null) {
      deleteTree(old);
    }
    return target;
  }

  @Override
  public void close() {
    if (!committed) {
      deleteTree(temp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
      return "a file is in the way: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
