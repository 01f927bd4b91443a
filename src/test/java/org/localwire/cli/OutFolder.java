package org.localwire.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a folder holds: every file and folder under it with its size and modification time, to
 * show that a failed run left {@code out/} exactly as it was (issue 5). An absent folder is an
 * empty map.
 */
final class OutFolder {
  private OutFolder() {}

  static Map<String, String> snapshot(Path folder) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(folder)) {
      return entries;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.forEach(p -> {
        try {
          entries.put(folder.relativize(p).toString(),
              Files.isDirectory(p) ? "folder" : Files.size(p) + " bytes, " + Files.getLastModifiedTime(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
