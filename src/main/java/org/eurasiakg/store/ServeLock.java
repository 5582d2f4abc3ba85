package org.eurasiakg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data folder: {@code serve.lock} in the folder, locked by the operating system
 * for as long as the serving process lives (a killed server leaves the file but not the lock, so
 * the next server starts), holding that process's id so a refusal can name it.
 */
public final class ServeLock implements AutoCloseable {
    static final String FILE = "serve.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ServeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails saying which process serves the folder and what to do. */
    public static ServeLock take(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process serves it already
            }
            if (lock == null) {
                String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new StoreException("another kg serve" + (pid.isEmpty() ? "" : " (process " + pid + ")")
                        + " is serving " + dataDir + ": stop it first, or serve another --data folder");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new ServeLock(channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null)
                    channel.close();
            } catch (IOException ignored) {
                // the first problem is the one to report
            }
            throw new StoreException("cannot lock " + file + " for serving: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
