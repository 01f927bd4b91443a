package org.localwire.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.localwire.model.InputException;

/**
 * One batch per output folder at a time (issue 14): an OS file lock on {@code <out>/.localwire.lock},
 * held from before the release folder is prepared until it is in place. The lock goes with the
 * process, so a killed run never leaves the folder locked. The file itself stays: deleting it
 * would let a waiting run lock a file no newer run can see.
 */
public final class OutLock implements AutoCloseable {
  /** The lock file's name in the output folder. */
  public static final String NAME = ".localwire.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code out} (created if missing). When another batch holds it: refuse when {@code
   * wait} is false, else say so through {@code say} and wait for it.
   */
  public static OutLock acquire(Path out, boolean wait, Consumer<String> say) throws InputException {
    Path file = out.resolve(NAME);
    FileChannel channel = null;
    try {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw InputException.in(out.toString(), "is a file, not a folder", "give --out a folder (it is created if missing)");
      }
      Files.createDirectories(out);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        if (!wait) {
          throw InputException.in(out.toString(), "another localwire batch is writing into this folder (it holds "
              + file + ")", "run again when it has finished, or leave out --no-wait to wait for it");
        }
        say.accept("localwire: another batch is writing into " + out + "; waiting for it to finish "
            + "(Ctrl-C to stop, or --no-wait to refuse instead)");
        lock = waitFor(channel);
      }
      return new OutLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw InputException.in(file.toString(), "cannot be locked (" + ReleaseFolder.describe(e) + ")",
          "choose a folder you can write to with --out");
    } catch (InputException | RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      return null; // another batch in this JVM (a test) holds it
    }
  }

  private static FileLock waitFor(FileChannel channel) throws IOException, InputException {
    while (true) {
      try {
        return channel.lock(); // another process: the OS wakes us
      } catch (OverlappingFileLockException sameProcess) {
        // another batch in this JVM: the OS cannot wait for it, so look again shortly
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw InputException.of("stopped while waiting for another batch", "run again");
        }
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was locked
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }
}
