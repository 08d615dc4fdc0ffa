package dev.roadmap.cli;

import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.progress.ProgressJsonWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Rewrites a progress log safely. Every change runs under an exclusive lock on a sidecar file
 * ({@code PROGRESS.lock}, a {@link FileChannel#lock()} the operating system releases when the process
 * dies), so concurrent {@code roadmap log} processes take turns and lose no entry. The new content is
 * written with {@link Output#write}: to a temporary file in the same directory (created like any new
 * file, so it gets the user's normal permissions) renamed over the log with {@code ATOMIC_MOVE}. The
 * log is never opened for writing in place, so a crash leaves the old or the new file, never a torn one.
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

    static ProgressLog update(Path log, Context ctx, Change change) throws IOException {
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
            // the CLI's one atomic writer: a temporary file beside the log, renamed over it
            Output.write(target, ctx, out -> ProgressJsonWriter.write(updated, out));
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
