package gov.ocss.ivr.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One look at a phone server during the soak, from its Prometheus endpoint: what a leak of calls,
 * connections, threads, memory or files would grow.
 *
 * @param collected whether a full collection ran just before, so that {@code heapMb} is what the heap keeps
 * @param backends  PostgreSQL's sessions from both servers at the time (-1: the database was down)
 */
record ServerReading(double seconds, String server, long pid, int callsInProgress, int poolActive, int poolTotal,
                     int threads, double heapMb, boolean collected, int openFiles, long backends) {
    /** Heap growth over the soak that is still called flat: 20 %, and at least 32 MB of it. */
    private static final double HEAP_SLACK = 0.20;
    private static final double HEAP_SLACK_MB = 32;
    /** Threads and open files a quiet server may hold beyond what it held under load. */
    private static final int THREAD_SLACK = 10;
    private static final int FILE_SLACK = 20;
    /** A server's baseline is taken once it has served this long: its pools and caches are filled. */
    private static final double SETTLED_SECONDS = 300;

    static ServerReading of(double seconds, String server, long pid, PrometheusText metrics, boolean collected, long backends) {
        return new ServerReading(seconds, server, pid, (int) metrics.sum("ivr_calls_in_progress"),
                (int) metrics.sum("hikaricp_connections_active"), (int) metrics.sum("hikaricp_connections"),
                (int) metrics.sum("jvm_threads_live_threads"), metrics.sum("jvm_memory_used_bytes", "area=\"heap\"") / (1 << 20),
                collected, (int) metrics.sum("process_files_open_files"), backends);
    }

    String line() {
        return String.format("%6.0f s %-6s calls %3d, pool %2d/%2d, threads %3d, heap %5.1f MB%s, files %3d, PostgreSQL sessions %3d",
                seconds, server, callsInProgress, poolActive, poolTotal, threads, heapMb, collected ? " (after GC)" : "", openFiles,
                backends);
    }

    static List<String> csv(List<ServerReading> readings) {
        List<String> lines = new ArrayList<>();
        lines.add("seconds,server,pid,calls_in_progress,pool_active,pool_total,threads,heap_mb,after_gc,open_files,postgres_sessions");
        for (ServerReading r : readings) {
            lines.add(String.format("%.0f,%s,%d,%d,%d,%d,%d,%.1f,%b,%d,%d", r.seconds, r.server, r.pid, r.callsInProgress,
                    r.poolActive, r.poolTotal, r.threads, r.heapMb, r.collected, r.openFiles, r.backends));
        }
        return lines;
    }

    /**
     * For each server process, what it held once settled under load and what it holds at the end, with
     * no call on the line, both after a full collection; whether that is flat. Only the processes in
     * {@code runningAtEnd} are judged: the others were stopped in the middle. Appended to {@code out}.
     */
    static boolean summarize(List<ServerReading> readings, Set<Long> runningAtEnd, StringBuilder out) {
        Map<Long, List<ServerReading>> byProcess = new LinkedHashMap<>();
        for (ServerReading r : readings) {
            byProcess.computeIfAbsent(r.pid, pid -> new ArrayList<>()).add(r);
        }
        boolean steady = true;
        out.append(String.format("%nServers (settled = first reading after a full collection, %.0f s or more after the server's first;"
                + " end = after the last call, no call on the line):%n", SETTLED_SECONDS));
        for (List<ServerReading> process : byProcess.values()) {
            ServerReading first = process.get(0);
            ServerReading end = process.get(process.size() - 1);
            List<ServerReading> collected = process.stream().filter(ServerReading::collected).toList();
            ServerReading settled = collected.stream().filter(r -> r.seconds - first.seconds >= SETTLED_SECONDS).findFirst()
                    .orElse(collected.isEmpty() ? first : collected.get(0));
            double peakHeap = collected.stream().mapToDouble(ServerReading::heapMb).max().orElse(0);
            int peakThreads = process.stream().mapToInt(ServerReading::threads).max().orElse(0);
            out.append(String.format("  %s (pid %d, %.0f s to %.0f s, %d readings):%n", first.server, first.pid, first.seconds,
                    end.seconds, process.size()));
            out.append(String.format("    heap after GC: settled %.1f MB, end %.1f MB, highest %.1f MB%n", settled.heapMb, end.heapMb, peakHeap));
            out.append(String.format("    threads: settled %d, end %d, highest %d; open files: settled %d, end %d%n",
                    settled.threads, end.threads, peakThreads, settled.openFiles, end.openFiles));
            out.append(String.format("    at the end: %d calls in progress, %d of %d pool connections in use%n",
                    end.callsInProgress, end.poolActive, end.poolTotal));
            if (!runningAtEnd.contains(first.pid)) {
                // A server that was restarted: its last reading is one taken under load, before the stop.
                out.append("    stopped in the restart: its last reading is not the end\n");
                continue;
            }
            List<String> grew = new ArrayList<>();
            if (end.heapMb > settled.heapMb + Math.max(HEAP_SLACK_MB, settled.heapMb * HEAP_SLACK)) {
                grew.add("heap");
            }
            if (end.threads > settled.threads + THREAD_SLACK) {
                grew.add("threads");
            }
            if (end.openFiles > settled.openFiles + FILE_SLACK) {
                grew.add("open files");
            }
            if (end.callsInProgress != 0) {
                grew.add("calls left open");
            }
            if (end.poolActive != 0) {
                grew.add("connections held");
            }
            if (!grew.isEmpty()) {
                steady = false;
                out.append("    GREW: ").append(String.join(", ", grew)).append('\n');
            }
        }
        List<ServerReading> withDatabase = readings.stream().filter(r -> r.backends >= 0).toList();
        if (!withDatabase.isEmpty()) {
            out.append(String.format("  PostgreSQL sessions: first %d, highest %d, end %d%n", withDatabase.get(0).backends,
                    withDatabase.stream().mapToLong(ServerReading::backends).max().orElse(0),
                    withDatabase.get(withDatabase.size() - 1).backends));
        }
        return steady;
    }
}
