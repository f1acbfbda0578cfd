package cn.dunban.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What makes {@code serve} fail after a whole start-up (10–36 s, and pages of stack trace), looked at
 * before Spring starts, so that each is one Chinese line within a second: the port is taken, or the H2
 * database file is held by another process (another {@code serve} on the same {@code --data}).
 */
final class StartupChecks {

    private StartupChecks() {
    }

    /** Why the service could not listen on {@code address:port}, if it could not. */
    static Optional<String> portProblem(String address, int port) {
        if (port == 0) {
            return Optional.empty();
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(InetAddress.getByName(address), port));
            return Optional.empty();
        } catch (BindException e) {
            return Optional.of("端口 " + port + (address == null ? "" : "（" + address + "）")
                    + " 已被占用或无权使用；请停止占用它的程序，或用 --port N 换一个端口");
        } catch (IOException e) {
            return Optional.of("无法在 " + (address == null ? "" : address + ":") + port + " 监听: " + e.getMessage());
        }
    }

    /**
     * Whether the embedded database file under {@code data} is held by another process. H2 locks its
     * {@code .mv.db} file while open; taking that lock for a moment tells without opening the database.
     */
    static Optional<String> databaseProblem(Path data) {
        Path file = data.resolve("dunban.mv.db");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return Optional.of(held(file));
            }
            lock.release();
            return Optional.empty();
        } catch (OverlappingFileLockException e) {
            return Optional.of(held(file));
        } catch (IOException e) {
            return Optional.of("数据库文件 " + file + " 无法读写: " + e.getMessage());
        }
    }

    private static String held(Path file) {
        return "数据库文件 " + file + " 正被另一个进程使用（另一个 dunban serve？）；请先停止它，或用 --data DIR 换一个数据目录";
    }
}
