package cn.dunban.store;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes a committed write survive the process being killed before the service answers. PostgreSQL
 * does this at commit. Embedded H2 does not: it writes committed changes to its file in the background,
 * and a {@code kill -9} shortly after a commit loses them, so after each committed write the store asks
 * H2 to write them out ({@code CHECKPOINT SYNC}) before the request is answered.
 *
 * <p>One sync writes out every commit made before it began, so writers share syncs (group commit):
 * a writer whose commit an already finished sync covered returns at once, and of the writers waiting
 * meanwhile one syncs for all. Without this every check waited for a disk sync of its own, one after
 * another, and a few dozen checks a second was the ceiling.
 */
final class Durability {

    /** The syncs of one database, shared by every store writing to it. */
    private static final class Group {
        final AtomicLong committed = new AtomicLong();
        long synced;
    }

    private static final Map<DataSource, Group> GROUPS = new WeakHashMap<>();

    private final JdbcTemplate jdbc;
    private final Group group;
    private final DatabaseProduct database;

    Durability(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.database = new DatabaseProduct(jdbc);
        synchronized (GROUPS) {
            this.group = jdbc.getDataSource() == null ? new Group()
                    : GROUPS.computeIfAbsent(jdbc.getDataSource(), d -> new Group());
        }
    }

    /** Call after a transaction has committed, before telling anyone it is stored. */
    void flush() {
        if (!database.isH2()) {
            return;
        }
        long mine = group.committed.incrementAndGet();
        synchronized (group) {
            if (group.synced >= mine) {
                return; // a sync that began after this commit has finished
            }
            long upTo = group.committed.get(); // every commit counted so far happened before this sync
            jdbc.execute("CHECKPOINT SYNC");
            group.synced = upTo;
        }
    }
}
