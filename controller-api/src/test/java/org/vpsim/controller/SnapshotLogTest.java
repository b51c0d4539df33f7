package org.vpsim.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;

/** The log behind an observation's lists: what it hands out never changes and cannot be changed. */
class SnapshotLogTest {

    private static CgmReading reading(int k) {
        return new CgmReading(5.0 * k, 100.0 + k);
    }

    @Test
    void aListHandedOutNeverChangesWhileTheLogGrowsForgetsAndMovesToNewChunks() {
        // A CGM history's pattern: six hours (73 readings) retained, a list of them handed out at every reading,
        // for 30 days (8,640 readings: dozens of chunk changes). Every list is compared at the end with a copy made
        // when it was handed out.
        SnapshotLog<CgmReading> log = new SnapshotLog<>();
        long start = 0;
        List<List<CgmReading>> handedOut = new ArrayList<>();
        List<List<CgmReading>> copies = new ArrayList<>();
        for (int k = 0; k < 8640; k++) {
            log.add(reading(k));
            while (log.get(start).minute() < 5.0 * k - 360.0) {
                start++;
            }
            log.forgetBefore(start);
            List<CgmReading> list = log.since(start);
            handedOut.add(list);
            copies.add(new ArrayList<>(list));
            assertEquals(Math.min(k + 1, 73), list.size());
            assertEquals(reading(k), list.get(list.size() - 1), "the newest reading last");
        }
        for (int i = 0; i < handedOut.size(); i++) {
            assertEquals(copies.get(i), handedOut.get(i), "list handed out at reading " + i);
        }
    }

    @Test
    void everyEntryIsInExactlyOneOfTheListsSinceThePreviousOne() {
        // The deliveries' pattern: bursts of very different sizes (a bolus is hundreds of strokes), each observation
        // shows what came since the previous one and forgets it.
        SnapshotLog<Integer> log = new SnapshotLog<>();
        List<Integer> seen = new ArrayList<>();
        long shown = 0;
        int next = 0;
        for (int obs = 0; obs < 500; obs++) {
            int burst = obs % 37 == 0 ? 400 : obs % 3;
            for (int i = 0; i < burst; i++) {
                log.add(next++);
            }
            List<Integer> since = log.since(shown);
            assertEquals(burst, since.size());
            seen.addAll(since);
            shown = log.count();
            log.forgetBefore(shown);
        }
        assertEquals(next, seen.size());
        for (int i = 0; i < next; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void theListsRefuseEveryChangeAsListCopyOfListsDo() {
        SnapshotLog<String> log = new SnapshotLog<>();
        log.add("a");
        log.add("b");
        List<String> list = log.since(0);
        List<Runnable> changes = List.of(() -> list.add("c"), () -> list.add(0, "c"), () -> list.set(0, "c"),
                () -> list.remove(0), () -> list.remove("a"), () -> list.addAll(List.of("c")),
                () -> list.removeAll(List.of("a")), () -> list.retainAll(List.of("a")), () -> list.clear(),
                () -> list.removeIf(s -> true), () -> list.replaceAll(s -> s), () -> list.sort(null),
                () -> list.subList(0, 1).clear(), () -> {
                    ListIterator<String> it = list.listIterator();
                    it.next();
                    it.set("c");
                }, () -> {
                    var it = list.iterator();
                    it.next();
                    it.remove();
                });
        for (Runnable change : changes) {
            assertThrows(UnsupportedOperationException.class, change::run);
        }
        assertEquals(List.of("a", "b"), list);
        assertThrows(NullPointerException.class, () -> list.contains(null), "null queries throw, as in List.of");
        assertThrows(NullPointerException.class, () -> log.add(null));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
    }

    @Test
    void theListsAreEqualToTheJdksImmutableListsOfTheSameEntries() throws Exception {
        SnapshotLog<String> log = new SnapshotLog<>();
        for (String s : List.of("x", "y", "z")) {
            log.add(s);
        }
        List<String> list = log.since(1);
        assertEquals(List.of("y", "z"), list);
        assertEquals(List.of("y", "z").hashCode(), list.hashCode());
        assertEquals(List.of("y", "z").toString(), list.toString());
        assertSame(List.of(), log.since(3), "nothing new: the JDK's empty list");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(list);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(List.of("y", "z"), in.readObject());
        }
    }

    @Test
    void forgottenEntriesCannotBeAskedFor() {
        SnapshotLog<String> log = new SnapshotLog<>();
        log.add("a");
        log.add("b");
        log.forgetBefore(1);
        assertThrows(IndexOutOfBoundsException.class, () -> log.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> log.since(0));
        assertThrows(IllegalArgumentException.class, () -> log.forgetBefore(0), "the retained start only moves on");
        assertThrows(IllegalArgumentException.class, () -> log.forgetBefore(3), "not beyond the end");
        assertEquals("b", log.get(1));
    }

    @Test
    void anObservationKeepsALogsListAndCopiesAnyOtherList() {
        SnapshotLog<CgmReading> log = new SnapshotLog<>();
        log.add(reading(0));
        List<CgmReading> fromLog = log.since(0);
        List<Delivery> mutable = new ArrayList<>(List.of(new Delivery(0, 0.025, "basal")));
        PumpState pump = new PumpState("running", 0, 100, 1, null);
        Observation o = new Observation(0, 0, 100.0, fromLog, 0, 0, pump, mutable, List.of());
        assertSame(fromLog, o.cgmHistory(), "nothing to copy: the log's list cannot change");
        mutable.add(new Delivery(1, 0.025, "basal"));
        assertEquals(1, o.deliveries().size(), "the caller's list was copied");
        assertThrows(UnsupportedOperationException.class, () -> o.deliveries().add(new Delivery(2, 1, "bolus")));
        assertTrue(o.pumpEvents().isEmpty());
    }
}
