package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.localwire.model.InputException;

/**
 * The checks on {@code --out} made before anything is rendered, and the one way a story's file
 * path is made from slugs, so that no area name can write outside the folder (issue 5). The batch
 * command (issue 7) calls {@link #check} first and {@link #resolve} for every file it writes.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /**
   * {@code out} as an absolute path, if it is a folder that can be written or can be created; the
   * batch writes a temporary folder beside it, so its parent must be writable too.
   */
  public static Path check(Path out) throws InputException {
    requireNonNull(out, "out");
    Path folder = out.toAbsolutePath().normalize();
    String name = out.toString();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw InputException.in(name, "is a file, not a folder", "give --out a folder (it is created if missing)");
    }
    Path parent = folder.getParent();
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw InputException.in(name, "cannot be created: " + existing + " is a file, not a folder",
          "give --out a path inside a folder");
    }
    if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
      throw InputException.in(name, "cannot be written (permission denied)", "choose a folder you can write to");
    }
    if (existing != null && !Files.isWritable(existing)) {
      throw InputException.in(name, "cannot be written: " + existing + " is not writable (permission denied)",
          "choose a folder you can write to");
    }
    return folder;
  }

  /**
   * {@code out/<parts...>}. Each part is one file or folder name made by {@code Slugs} (with an
   * extension): a part that is empty, "." or "..", or holds a separator, is a bug, and so is
   * any result outside {@code out}.
   */
  public static Path resolve(Path out, String... parts) {
    Path base = out.toAbsolutePath().normalize();
    Path path = base;
    for (String part : parts) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("/") || part.contains("\\")
          || part.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("\"" + part + "\" is not a safe file name under " + base);
      }
      path = path.resolve(part);
    }
    path = path.normalize();
    if (!path.startsWith(base) || path.equals(base)) {
      throw new IllegalArgumentException(path + " is not inside " + base);
    }
    return path;
  }
}
