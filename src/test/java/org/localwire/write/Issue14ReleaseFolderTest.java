package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.model.InputException;

/** Issue 14: a full disk is bad input, not a bug; the lock on an output folder. */
class Issue14ReleaseFolderTest {
  @TempDir Path dir;

  @Test
  void aFullDiskIsSaidAsSuch() {
    // what Files.write throws on Linux when the disk is full (ENOSPC), in either form
    assertEquals("no space left on device",
        ReleaseFolder.describe(new FileSystemException("/out/x.txt", null, "No space left on device")));
    assertEquals("no space left on device", ReleaseFolder.describe(new IOException("No space left on device")));
  }

  @Test
  void aFailedWriteIsInputErrorAndClosingLeavesNothingBehind() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    InputException e;
    try (ReleaseFolder folder = ReleaseFolder.create(out, "r")) {
      folder.write("gwent/newport.txt", "one");
      // a file where a folder must go: the write fails as a full disk would, with an input error
      e = assertThrows(InputException.class, () -> folder.write("gwent/newport.txt/x.txt", "two"));
    }
    assertTrue(e.getMessage().startsWith(out + ": cannot write r/gwent/newport.txt/x.txt ("), e.getMessage());
    try (var s = Files.list(out)) {
      assertEquals(0, s.count(), "no temporary folder is left");
    }
  }

  @Test
  void aSecondBatchRefusesWithNoWait() throws Exception {
    Path out = dir.resolve("out");
    try (OutLock first = OutLock.acquire(out, true, line -> {})) {
      InputException e = assertThrows(InputException.class, () -> OutLock.acquire(out, false, line -> {}));
      assertEquals(out + ": another localwire batch is writing into this folder (it holds " + out.resolve(".localwire.lock")
          + "); run again when it has finished, or leave out --no-wait to wait for it", e.getMessage());
    }
    OutLock.acquire(out, false, line -> {}).close(); // free again
  }

  @Test
  void aSecondBatchWaitsWithAMessageUntilTheFirstIsDone() throws Exception {
    Path out = dir.resolve("out");
    CountDownLatch said = new CountDownLatch(1);
    AtomicInteger got = new AtomicInteger();
    StringBuilder message = new StringBuilder();
    Thread second;
    try (OutLock first = OutLock.acquire(out, true, line -> {})) {
      second = new Thread(() -> {
        try (OutLock lock = OutLock.acquire(out, true, line -> {
          message.append(line);
          said.countDown();
        })) {
          got.incrementAndGet();
        } catch (InputException e) {
          throw new AssertionError(e);
        }
      });
      second.start();
      said.await();
      assertEquals(0, got.get(), "the second waits while the first holds the folder");
    }
    second.join();
    assertEquals(1, got.get());
    assertEquals("localwire: another batch is writing into " + out + "; waiting for it to finish (Ctrl-C to stop, "
        + "or --no-wait to refuse instead)", message.toString());
  }
}
