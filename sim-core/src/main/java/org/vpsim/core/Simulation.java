package org.vpsim.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete-event simulation with hybrid (continuous + discrete) state. An object, not a global:
 * many simulations run in one JVM at once, each confined to one thread.
 *
 * <p>Events run in the total order (time, priority, sequence). Before the events at a time run,
 * every registered {@link ContinuousProcess} is advanced to that time with the inputs set by earlier
 * events (piecewise-constant inputs). An event's {@link Event#timeMillis()} and {@link Event#priority()}
 * are read once, when it is scheduled (events are immutable values). A repeating activity can instead be
 * a {@link Series} ({@link #scheduleSeries}): one pending entry whose occurrences take their place in the same
 * order as self-rescheduling events would.
 */
public final class Simulation {
    /*
     * The pending entries are two binary min-heaps (EntryHeap) over parallel primitive arrays, so that ordering
     * reads primitives only and scheduling allocates nothing per event. A heap moves only primitives: an
     * event and its handler stay in one slot of events/handlers from schedule to dispatch (moving
     * references costs GC write barriers; measured 2x slower). times[i] is the event time and keys[i] packs
     * (priority, sequence) as priority * 2^32 + sequence, so comparing two keys as signed longs compares
     * priority first (any int, negative included) and then sequence (0 <= sequence < 2^32).
     * The sequence only has to order the events that are pending, so when it reaches its limit the
     * pending events are renumbered 0..pending-1 in their existing order (see renumberSequences); every
     * int priority is accepted and there is no limit on the number of events a simulation runs.
     *
     * Two heaps, split at nearLimitMillis: `near` holds every entry at or before it, `far` every entry after
     * it, so the head of `near` (when `near` is not empty) is the head of the whole queue. A study schedules
     * its meals, announcements and faults for its whole length at the start: a 365-day run held ~2,000 such
     * entries beside the ~10 that cycle (series, eating minutes), so every dispatch sifted through ~11 heap
     * levels of a large array (Simulation.removeHead 4.0 % of all CPU of a 30 x 365-day run). Now those wait
     * in `far`, untouched, and the ~1,400 dispatches of a patient-day go through a `near` heap of 1-12
     * entries (mostly 5-8; counted on 30 x 30 days, with 39 entries a patient-day through `far`). When `near`
     * runs empty the limit moves to the head of `far` plus the window and the entries up to it move over,
     * keeping their keys, so the order (time, priority, sequence) is exactly that of one heap; an entry that
     * cycles crosses into `far` and back about once per window.
     */
    private static final int INITIAL_CAPACITY = 16;
    private static final long SEQUENCE_MASK = 0xFFFF_FFFFL;
    /** Exclusive upper bound of the packed sequence number. */
    static final long SEQUENCE_LIMIT = 1L << 32;
    /** Span of simulated time whose entries the near heap holds (see above). */
    static final long NEAR_WINDOW_MILLIS = 4 * SimTime.MILLIS_PER_HOUR;

    private final EntryHeap near = new EntryHeap();
    private final EntryHeap far = new EntryHeap();
    /** Entries at or before this time are in {@link #near}, later ones in {@link #far}. */
    private long nearLimitMillis;
    // By slot (never moved while pending): event and handler, or for a series null and the Series.
    // freeSlots[pending..capacity) lists the free slots, pending = near.size + far.size.
    private Object[] events = new Object[INITIAL_CAPACITY];
    private Object[] handlers = new Object[INITIAL_CAPACITY];
    private int[] freeSlots = initialFreeSlots(INITIAL_CAPACITY);

    private ContinuousProcess[] processes = new ContinuousProcess[0];
    private final long sequenceLimit;
    private final long nearWindowMillis;
    private long nowMillis;
    private long nextSequence;
    private long eventsRun;

    public Simulation() {
        this(SEQUENCE_LIMIT, NEAR_WINDOW_MILLIS);
    }

    /** For tests: renumber pending sequences whenever {@code sequenceLimit} is reached. */
    Simulation(long sequenceLimit) {
        this(sequenceLimit, NEAR_WINDOW_MILLIS);
    }

    /**
     * For tests: also choose the near heap's window ({@code nearWindowMillis} >= 1; a small one moves entries
     * between the two heaps often).
     */
    Simulation(long sequenceLimit, long nearWindowMillis) {
        if (sequenceLimit < 1 || sequenceLimit > SEQUENCE_LIMIT) {
            throw new IllegalArgumentException("sequenceLimit " + sequenceLimit + " outside 1.." + SEQUENCE_LIMIT);
        }
        if (nearWindowMillis < 1) {
            throw new IllegalArgumentException("nearWindowMillis " + nearWindowMillis + " is not positive");
        }
        this.sequenceLimit = sequenceLimit;
        this.nearWindowMillis = nearWindowMillis;
        this.nearLimitMillis = nearWindowMillis - 1;
    }

    /** Current simulated time, in milliseconds since the scenario start. */
    public long nowMillis() {
        return nowMillis;
    }

    /** Number of events dispatched so far. */
    public long eventsRun() {
        return eventsRun;
    }

    /** Registers continuous state; processes are advanced in registration order. */
    public void addContinuousProcess(ContinuousProcess process) {
        Objects.requireNonNull(process, "process");
        processes = Arrays.copyOf(processes, processes.length + 1);
        processes[processes.length - 1] = process;
    }

    /**
     * Schedules an event. Events may not be scheduled in the past.
     *
     * @throws IllegalArgumentException if {@code event.timeMillis()} is before {@link #nowMillis()}
     */
    public <E extends Event> void schedule(E event, EventHandler<? super E> handler) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handler, "handler");
        long time = event.timeMillis();
        if (time < nowMillis) {
            throw new IllegalArgumentException("event " + event + " at " + time
                    + " ms is before the current time " + nowMillis + " ms");
        }
        insert(time, nextKey(event.priority()), event, handler);
    }

    /**
     * Schedules a series: {@code handler} runs at {@code firstMillis}, then at each time it returns, until it
     * returns {@link SeriesHandler#END} or the series is {@linkplain Series#cancel() cancelled}. Each occurrence
     * is ordered as an event of this priority scheduled when the previous occurrence's handler returned (so
     * after whatever that occurrence scheduled itself), exactly like a handler that reschedules itself as its
     * last act, but without an event object per occurrence and, when the next occurrence comes before every
     * pending event, without a trip through the queue.
     *
     * @throws IllegalArgumentException if {@code firstMillis} is before {@link #nowMillis()}
     */
    public Series scheduleSeries(long firstMillis, int priority, SeriesHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (firstMillis < nowMillis) {
            throw new IllegalArgumentException("series at " + firstMillis + " ms is before the current time "
                    + nowMillis + " ms");
        }
        Series series = new Series(handler, priority);
        insert(firstMillis, nextKey(priority), null, series);
        return series;
    }

    /** The (priority, sequence) key of an entry scheduled now. */
    private long nextKey(int priority) {
        if (nextSequence >= sequenceLimit) {
            renumberSequences();
        }
        return ((long) priority << 32) | nextSequence++;
    }

    /** Adds an entry to the queue: an event and its handler, or (event null) a series. */
    private void insert(long time, long key, Object event, Object handler) {
        int pending = near.size + far.size;
        if (pending == events.length) {
            growSlots();
        }
        int slot = freeSlots[pending];
        events[slot] = event;
        handlers[slot] = handler;
        (time <= nearLimitMillis ? near : far).add(time, key, slot);
    }

    /** Frees the slot at the head of the near heap (its event and handler already taken) and removes the head. */
    private void removeHead() {
        int pending = near.size + far.size;
        freeSlots[pending - 1] = near.slots[0];
        near.removeHead();
    }

    /**
     * Called when the near heap is empty: moves the limit to the far heap's head plus the window and the
     * entries up to it into the near heap. Returns false if nothing is pending at all.
     */
    private boolean refillNear() {
        if (far.size == 0) {
            return false;
        }
        long head = far.times[0];
        // Saturates: an entry at Long.MAX_VALUE must still be able to reach the near heap.
        nearLimitMillis = head > Long.MAX_VALUE - nearWindowMillis ? Long.MAX_VALUE : head + nearWindowMillis - 1;
        while (far.size > 0 && far.times[0] <= nearLimitMillis) {
            near.add(far.times[0], far.keys[0], far.slots[0]);
            far.removeHead();
        }
        return true;
    }

    /** Time of the next pending event or series occurrence, or {@link Long#MAX_VALUE} if none. */
    public long nextEventTimeMillis() {
        dropCancelledHeads();
        return near.size == 0 ? Long.MAX_VALUE : near.times[0];
    }

    /**
     * Runs every event with time &lt;= {@code endMillis} in order, then advances continuous state to
     * {@code endMillis}. Events after {@code endMillis} stay pending.
     */
    public void runUntil(long endMillis) {
        if (endMillis < nowMillis) {
            throw new IllegalArgumentException("endMillis " + endMillis + " is before now " + nowMillis);
        }
        EntryHeap near = this.near;
        while ((near.size > 0 || refillNear()) && near.times[0] <= endMillis) {
            long time = near.times[0];
            int slot = near.slots[0];
            Object event = events[slot];
            Object handler = handlers[slot];
            events[slot] = null;
            handlers[slot] = null;
            removeHead();
            if (event != null) {
                advanceContinuousTo(time);
                eventsRun++;
                @SuppressWarnings("unchecked") // schedule() pairs each event with a handler of its type
                EventHandler<Event> h = (EventHandler<Event>) handler;
                h.handle((Event) event, this);
            } else {
                runSeries((Series) handler, time, endMillis);
            }
        }
        advanceContinuousTo(endMillis);
    }

    /**
     * Runs a series taken from the head at {@code time}; puts it back for its next occurrence. While the next
     * occurrence (with the sequence number it gets now) comes before the queue's head and within
     * {@code endMillis}, it is the next entry the queue would give anyway, so it runs at once: a bolus's
     * 1-second strokes between 5-minute events never touch the heap.
     */
    private void runSeries(Series series, long time, long endMillis) {
        SeriesHandler handler = series.handler;
        while (!series.cancelled) { // cancelled while pending: dropped without running
            advanceContinuousTo(time);
            eventsRun++;
            long next = handler.run(time, this);
            if (next == SeriesHandler.END || series.cancelled) {
                break;
            }
            if (next < time) {
                throw new IllegalArgumentException("series occurrence at " + time + " ms returned " + next
                        + " ms, before the current time");
            }
            long key = nextKey(series.priority);
            if (near.size == 0) {
                refillNear(); // so that the near head, if any, is the queue's head
            }
            if (next > endMillis
                    || !(near.size == 0 || next < near.times[0] || (next == near.times[0] && key < near.keys[0]))) {
                insert(next, key, null, series);
                return;
            }
            time = next;
        }
        series.ended = true;
    }

    /** Takes cancelled series off the head, so that the head is something that will run. */
    private void dropCancelledHeads() {
        while ((near.size > 0 || refillNear()) && events[near.slots[0]] == null
                && ((Series) handlers[near.slots[0]]).cancelled) {
            int slot = near.slots[0];
            ((Series) handlers[slot]).ended = true;
            handlers[slot] = null;
            removeHead();
        }
    }

    private void advanceContinuousTo(long timeMillis) {
        if (timeMillis > nowMillis) {
            for (ContinuousProcess process : processes) {
                process.advanceTo(timeMillis);
            }
            nowMillis = timeMillis;
        }
    }

    private static int[] initialFreeSlots(int capacity) {
        int[] free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = i;
        }
        return free;
    }

    /** Doubles the slot arrays; called when all slots are in use, so the new slots are the free ones. */
    private void growSlots() {
        int old = events.length;
        int capacity = old * 2;
        if (capacity < 0) {
            throw new IllegalStateException("more than " + old + " pending events");
        }
        events = Arrays.copyOf(events, capacity);
        handlers = Arrays.copyOf(handlers, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
        for (int i = old; i < capacity; i++) {
            freeSlots[i] = i;
        }
    }

    /**
     * Gives the pending events the sequence numbers 0..pending-1 in their current sequence order and
     * continues from there. Only the relative order of sequences matters, and it is kept (so is every
     * key's order, hence neither heap needs repair); events scheduled later still get larger numbers.
     */
    private void renumberSequences() {
        int pending = near.size + far.size;
        long[] bySequence = new long[pending];
        // Entry e: index e in near, or near.size + index in far; pending < 2^31.
        for (int e = 0; e < pending; e++) {
            long key = e < near.size ? near.keys[e] : far.keys[e - near.size];
            bySequence[e] = ((key & SEQUENCE_MASK) << 31) | e; // sequence < 2^32, entry < 2^31
        }
        Arrays.sort(bySequence);
        for (int rank = 0; rank < pending; rank++) {
            int e = (int) (bySequence[rank] & 0x7FFF_FFFFL);
            long[] keys = e < near.size ? near.keys : far.keys;
            int i = e < near.size ? e : e - near.size;
            keys[i] = (keys[i] & ~SEQUENCE_MASK) | rank;
        }
        nextSequence = pending;
    }

    /** A binary min-heap of (time, key, slot) by (time, key), over parallel primitive arrays. */
    private static final class EntryHeap {
        long[] times = new long[INITIAL_CAPACITY];
        long[] keys = new long[INITIAL_CAPACITY];
        int[] slots = new int[INITIAL_CAPACITY];
        int size;

        void add(long time, long key, int slot) {
            int i = size;
            if (i == times.length) {
                grow();
            }
            long[] t = times;
            long[] k = keys;
            int[] sl = slots;
            // Sift up: move parents that come after the new entry down into the hole.
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                long pt = t[parent];
                if (pt < time || (pt == time && k[parent] < key)) {
                    break;
                }
                t[i] = pt;
                k[i] = k[parent];
                sl[i] = sl[parent];
                i = parent;
            }
            t[i] = time;
            k[i] = key;
            sl[i] = slot;
            size++;
        }

        /** Removes the head: the last entry sifts down from the root. */
        void removeHead() {
            int n = --size;
            long[] t = times;
            long[] k = keys;
            int[] sl = slots;
            long time = t[n];
            long key = k[n];
            int slot = sl[n];
            int i = 0;
            int half = n >>> 1; // entries below half have at least one child
            while (i < half) {
                int c = 2 * i + 1;
                long ct = t[c];
                long ck = k[c];
                int r = c + 1;
                if (r < n) {
                    long rt = t[r];
                    long rk = k[r];
                    if (rt < ct || (rt == ct && rk < ck)) {
                        c = r;
                        ct = rt;
                        ck = rk;
                    }
                }
                if (time < ct || (time == ct && key < ck)) {
                    break;
                }
                t[i] = ct;
                k[i] = ck;
                sl[i] = sl[c];
                i = c;
            }
            t[i] = time;
            k[i] = key;
            sl[i] = slot;
        }

        private void grow() {
            int capacity = times.length * 2;
            if (capacity < 0) {
                throw new IllegalStateException("more than " + times.length + " pending events");
            }
            times = Arrays.copyOf(times, capacity);
            keys = Arrays.copyOf(keys, capacity);
            slots = Arrays.copyOf(slots, capacity);
        }
    }
}
