package dev.roadmap.cli;

import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.progress.ProgressJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rewrites a progress log safely. Every change runs under an exclusive lock on a sidecar file
 * ({@code PROGRESS.lock}, a {@link FileChannel#lock()} the operating system releases when the process
 * dies), so concurrent {@code roadmap log} processes take turns and lose no entry. The new content is
 * written to a temporary file in the same directory (created like any new file, so it gets the
 * user's normal permissions) and renamed over the log with {@code ATOMIC_MOVE}: the log is never
 * opened for writing in place, and a crash leaves either the old or the new file, never a torn one.
 * Temporary files a killed process left behind are removed by the next writer, under the lock.
 */
final class ProgressFiles {
    private ProgressFiles() {
    }

    /** A change of the log made while the lock is held. */
    interface Change {
        /**
         * @param exists whether the log exists
         * @return the new log
         * @throws IOException when reading the old log fails
         */
        ProgressLog apply(boolean exists) throws IOException;
    }

    static Path lockFile(Path log) {
        return log.resolveSibling(log.getFileName() + ".lock");
    }

    static ProgressLog update(Path log, Change change) throws IOException {
        Path target = log.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw CliException.usage("directory does not exist: " + dir);
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage(log + " is a directory");
        }
        try (FileChannel channel = FileChannel.open(lockFile(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            removeStaleTemporaries(target);
            ProgressLog updated = change.apply(Files.exists(target));
            Path temp = target.resolveSibling(tempPrefix(target) + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ProgressJsonWriter.write(updated, out);
                }
                try (FileChannel sync = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    sync.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return updated;
        }
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Under the lock no other writer is active, so any temporary file of this log is a killed writer's. */
    private static void removeStaleTemporaries(Path target) throws IOException {
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(target.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }
}
