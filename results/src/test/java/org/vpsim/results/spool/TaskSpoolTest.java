package org.vpsim.results.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.results.EventRow;
import org.vpsim.results.TimeseriesRow;

class TaskSpoolTest {

    private static final long T0 = 1_767_571_200_000L; // 2026-01-05T00:00Z

    /** A pump row, a pen row (nulls), awkward doubles (-0.0 in IOB, subnormal, the largest double). */
    private static TimeseriesRow row(int i) {
        boolean pen = i % 7 == 3;
        return new TimeseriesRow("adult#0" + (i % 2 == 0 ? "01" : "02"), T0 + i * 300_000L, 100.0 + i * 0.123456789,
                i % 5 == 0 ? null : 101.0 + i / 3.0, i % 11 == 0 ? Double.MIN_VALUE : 0.025 * (i % 4), 1.35,
                i % 13 == 0 ? Double.MAX_VALUE : 0.0, i % 17 == 0 ? 45.5 : 0.0, i % 3 == 0 ? -0.0 : -0.75 + i * 1e-3,
                pen ? null : 300.0 - (i % 1000) * 0.01, pen ? null : (i % 9 == 0 ? "SUSPENDED" : "RUNNING"));
    }

    private static EventRow event(int i, String detail) {
        return new EventRow("pump", "adult#001", T0 + i * 60_000L, i % 2 == 0 ? "MEAL" : "BOLUS_COMPLETED", detail,
                i % 2 == 0 ? null : 1.5 + i, i % 3 == 0 ? null : 0.5 * i, i % 2 == 0 ? 40.0 + i : null);
    }

    private record Replayed(List<TimeseriesRow> rows, List<EventRow> events) {
    }

    private static Replayed replay(TaskSpool spool) throws IOException {
        List<TimeseriesRow> rows = new ArrayList<>();
        List<EventRow> events = new ArrayList<>();
        spool.replay(b -> b.forEach(rows::add), b -> b.forEach(events::add));
        return new Replayed(rows, events);
    }

    @Test
    void rowsComeBackEqualAndInOrderFromSpoolFileAndMemory(@TempDir Path dir) throws IOException {
        List<TimeseriesRow> rows = new ArrayList<>();
        List<EventRow> events = new ArrayList<>();
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 64)) {
            for (int i = 0; i < 1000; i++) {
                rows.add(row(i));
                spool.timeseries(rows.get(i));
                if (i % 10 == 0) {
                    EventRow e = event(i, i % 20 == 0 ? null : "detail " + i + " é ✓");
                    events.add(e);
                    spool.event(e);
                }
            }
            spool.finish();
            // 1,100 rows through a 64-row memory: most went through the file, the rest is still in memory.
            assertTrue(spool.spilledRows() >= 1100 - 64, "spilled " + spool.spilledRows());
            assertTrue(spool.mostRowsHeld() <= 64, "held " + spool.mostRowsHeld());
            Replayed back = replay(spool);
            assertEquals(rows, back.rows());
            assertEquals(events, back.events());
            for (int i = 0; i < rows.size(); i++) { // record equality compares doubles by bits: check the sign of zero too
                assertEquals(Double.doubleToRawLongBits(rows.get(i).iobUnits()),
                        Double.doubleToRawLongBits(back.rows().get(i).iobUnits()));
            }
            assertEquals(1000, spool.timeseriesRows());
            assertEquals(100, spool.eventRows());
        }
    }

    @Test
    void memoryHeldStaysAtTheBoundHoweverManyRowsPass(@TempDir Path dir) throws IOException {
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 100)) {
            for (int i = 0; i < 50_000; i++) {
                spool.timeseries(row(i));
            }
            spool.finish();
            assertEquals(100, spool.mostRowsHeld());
            assertEquals(50_000, spool.spilledRows());
            long[] n = {0};
            spool.replay(b -> n[0] += b.size(), e -> { });
            assertEquals(50_000, n[0]);
        }
    }

    @Test
    void manyDistinctStringsRoundTripBeyondTheNumberedOnes(@TempDir Path dir) throws IOException {
        int distinct = BlockCodec.StringsOut.MAX_REFERENCED * 3;
        List<EventRow> events = new ArrayList<>();
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 500)) {
            for (int i = 0; i < distinct; i++) {
                // Repeats of early strings after the numbering is full, new ones beyond it, and long text.
                String detail = i % 3 == 0 ? "detail " + (i % 50) : "unique " + i + "x".repeat(i % 200);
                events.add(event(i, detail));
                spool.event(events.get(i));
            }
            spool.finish();
            assertEquals(events, replay(spool).events());
        }
    }

    @Test
    void aFailedTaskCanReplayItsEventsWithoutItsTimeseries(@TempDir Path dir) throws IOException {
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 10)) {
            for (int i = 0; i < 100; i++) {
                spool.timeseries(row(i));
                spool.event(event(i, "e" + i));
            }
            spool.finish();
            List<EventRow> events = new ArrayList<>();
            spool.replay(null, b -> b.forEach(events::add));
            assertEquals(100, events.size());
            assertEquals("e99", events.get(99).detail());
        }
    }

    @Test
    void aShortTaskNeverTouchesTheDisk(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("spool");
        try (SpoolDirectory spoolDir = new SpoolDirectory(folder);
             TaskSpool spool = new TaskSpool(spoolDir, "task-0.spool", TaskSpool.memoryRowsPerTask(4))) {
            for (int i = 0; i < 28_800; i++) { // 100 days at 5-minute output, 2 threads (4 tasks in flight)
                spool.timeseries(row(i));
            }
            spool.finish();
            assertEquals(0, spool.spilledRows());
            assertFalse(Files.exists(folder));
            assertEquals(28_800, replay(spool).rows().size());
        }
    }

    @Test
    void theStudysMemoryBudgetIsSharedAmongTheTasksInFlightWithinBounds() {
        assertEquals(32_768, TaskSpool.memoryRowsPerTask(1), "one thread: the most a task may hold");
        assertEquals(32_768, TaskSpool.memoryRowsPerTask(4), "two threads");
        assertEquals(8_192, TaskSpool.memoryRowsPerTask(16), "eight threads: 131,072 rows shared");
        assertEquals(4_096, TaskSpool.memoryRowsPerTask(128), "64 threads: the least, so spills stay large");
        for (int tasks = 1; tasks <= 512; tasks++) {
            long total = (long) TaskSpool.memoryRowsPerTask(tasks) * tasks;
            assertTrue(total <= Math.max(TaskSpool.STUDY_MEMORY_ROWS, (long) TaskSpool.MIN_MEMORY_ROWS * tasks), "" + tasks);
        }
        assertThrows(IllegalArgumentException.class, () -> TaskSpool.memoryRowsPerTask(0));
    }

    @Test
    void closingDeletesTheSpoolFileAndTheFolderAndStopsLaterRows(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("spool");
        SpoolDirectory spoolDir = new SpoolDirectory(folder);
        TaskSpool done = new TaskSpool(spoolDir, "task-0.spool", 5);
        TaskSpool running = new TaskSpool(spoolDir, "task-1.spool", 5);
        for (int i = 0; i < 20; i++) {
            done.timeseries(row(i));
            running.timeseries(row(i));
        }
        done.finish();
        assertEquals(2, count(folder));
        done.close();
        assertEquals(1, count(folder));
        spoolDir.close(); // the run is over (committed or aborted) while task 1 still runs
        assertFalse(Files.exists(folder));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> running.timeseries(row(21)));
        assertEquals("the run was aborted", e.getMessage());
        assertThrows(IOException.class, () -> spoolDir.newFile("task-2.spool"));
        assertFalse(Files.exists(folder), "no spool file is created after the folder is closed");
        running.close();
    }

    @Test
    void aDamagedSpoolFileIsReportedAsCorruptNotReadAsRows(@TempDir Path dir) throws IOException {
        try (SpoolDirectory folder = new SpoolDirectory(dir.resolve("spool"));
             TaskSpool spool = new TaskSpool(folder, "task-0.spool", 10)) {
            for (int i = 0; i < 30; i++) {
                spool.timeseries(row(i));
            }
            spool.finish();
            Path file = dir.resolve("spool").resolve("task-0.spool");
            byte[] bytes = Files.readAllBytes(file);
            bytes[8] = (byte) 0x7f; // the first block's row count: far more rows than the block holds
            Files.write(file, bytes);
            IOException e = assertThrows(IOException.class, () -> replay(spool));
            assertTrue(e.getMessage().startsWith("corrupt spool file"), e.getMessage());
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }
}
