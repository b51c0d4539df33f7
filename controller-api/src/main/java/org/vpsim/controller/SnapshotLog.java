package org.vpsim.controller;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An append-only sequence that hands out <em>immutable</em> lists of its recent entries without copying them. The
 * simulator keeps an observation's {@link Observation#cgmHistory() cgmHistory} (the last six hours of readings),
 * {@link Observation#deliveries() deliveries} and {@link Observation#pumpEvents() pumpEvents} in such logs: copying
 * a 73-reading history into a new list at every 5-minute observation was a fifth of all the bytes a default-study
 * simulation allocated (async-profiler, allocation profile of 10 adults × 120 days).
 *
 * <p>Why a handed-out list never changes: entries live in a chunk array, and a list covers slots of one chunk that
 * were written before the list was made. A slot, once written, is never written again: later entries go to later
 * slots, and when the chunk is full the entries still retained are copied to a new chunk while the old one is left,
 * untouched, to the lists that use it. So a controller may keep any list it was shown for as long as it likes, and
 * share it with other threads (its fields are final, its slots written before it was made). The lists refuse every
 * mutation with {@link UnsupportedOperationException} and reject null queries, as {@link List#copyOf} lists do;
 * {@code equals}, {@code hashCode} and {@code toString} follow the {@link List} contract.
 *
 * <p>The log itself has one writer (the simulation of one patient × arm) and is not thread-safe.
 *
 * @param <T> the entries (non-null, immutable values such as records)
 */
public final class SnapshotLog<T> {
    /**
     * Smallest chunk. A new chunk holds four times the retained entries (at least this many): with the 73 readings of a
     * CGM history that copies 73 references every 219 readings instead of 73 at every reading.
     */
    private static final int MIN_CHUNK = 64;

    private Object[] chunk = new Object[MIN_CHUNK];
    /** Log index of {@code chunk[0]}. */
    private long chunkBase;
    /** Entries in {@code chunk}. */
    private int used;
    /** Entries before this log index are never asked for again and need not be kept. */
    private long retainedFrom;

    /** Appends {@code entry}; its log index is the {@link #count()} before the call. */
    public void add(T entry) {
        Objects.requireNonNull(entry, "entry");
        if (used == chunk.length) {
            int live = (int) (chunkBase + used - retainedFrom);
            Object[] next = new Object[Math.max(MIN_CHUNK, 4 * live)];
            System.arraycopy(chunk, used - live, next, 0, live);
            // The old chunk stays as it is: lists handed out before still read it.
            chunk = next;
            chunkBase = retainedFrom;
            used = live;
        }
        chunk[used++] = entry;
    }

    /** Entries appended so far (also the log index of the next one). */
    public long count() {
        return chunkBase + used;
    }

    /** The entry at log {@code index}, which must be retained ({@link #forgetBefore}) and already appended. */
    @SuppressWarnings("unchecked")
    public T get(long index) {
        if (index < retainedFrom || index >= count()) {
            throw new IndexOutOfBoundsException("log index " + index + " is outside the retained ["
                    + retainedFrom + ", " + count() + ")");
        }
        return (T) chunk[(int) (index - chunkBase)];
    }

    /** Entries before log {@code index} will not be asked for again; their slots may be dropped at the next chunk. */
    public void forgetBefore(long index) {
        if (index < retainedFrom || index > count()) {
            throw new IllegalArgumentException("log index " + index + " is outside [" + retainedFrom + ", " + count() + "]");
        }
        retainedFrom = index;
    }

    /** An immutable list of the entries from log {@code fromIndex} (retained) to the latest, oldest first. */
    public List<T> since(long fromIndex) {
        long end = count();
        if (fromIndex < retainedFrom || fromIndex > end) {
            throw new IndexOutOfBoundsException("log index " + fromIndex + " is outside the retained ["
                    + retainedFrom + ", " + end + "]");
        }
        if (fromIndex == end) {
            return List.of();
        }
        return new View<>(chunk, (int) (fromIndex - chunkBase), (int) (end - fromIndex));
    }

    /**
     * {@code list} as an immutable list: itself when it is one of these logs' lists (nothing to copy: it cannot
     * change), else {@link List#copyOf}. What {@link Observation} does with the lists it is given.
     */
    static <T> List<T> immutable(List<? extends T> list) {
        if (list instanceof View<? extends T> view) {
            @SuppressWarnings("unchecked")
            List<T> same = (List<T>) view;
            return same;
        }
        return List.copyOf(list);
    }

    /** Slots [from, from + size) of a chunk, all written before this list was made and never written again. */
    private static final class View<T> extends AbstractList<T> implements RandomAccess, Serializable {
        private static final long serialVersionUID = 1L;
        private final transient Object[] slots;
        private final transient int from;
        private final transient int size;

        View(Object[] slots, int from, int size) {
            this.slots = slots;
            this.from = from;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, size);
            return (T) slots[from + index];
        }

        @Override
        public int size() {
            return size;
        }

        // Null queries throw, as in List.copyOf lists (the entries are never null).
        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            return super.indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            return super.lastIndexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        // Every mutator refuses, even when it would change nothing (AbstractList lets some of those through).
        @Override
        public boolean add(T t) {
            throw refused();
        }

        @Override
        public void add(int index, T element) {
            throw refused();
        }

        @Override
        public boolean addAll(Collection<? extends T> c) {
            throw refused();
        }

        @Override
        public boolean addAll(int index, Collection<? extends T> c) {
            throw refused();
        }

        @Override
        public T set(int index, T element) {
            throw refused();
        }

        @Override
        public T remove(int index) {
            throw refused();
        }

        @Override
        public boolean remove(Object o) {
            throw refused();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw refused();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw refused();
        }

        @Override
        public boolean removeIf(Predicate<? super T> filter) {
            throw refused();
        }

        @Override
        public void replaceAll(UnaryOperator<T> operator) {
            throw refused();
        }

        @Override
        public void sort(Comparator<? super T> c) {
            throw refused();
        }

        @Override
        public void clear() {
            throw refused();
        }

        @Override
        protected void removeRange(int fromIndex, int toIndex) {
            throw refused();
        }

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("an observation's lists cannot be changed");
        }

        /** Serialised as the JDK's immutable list of the same entries (the chunk is not this list's alone). */
        private Object writeReplace() {
            return List.copyOf(this);
        }
    }
}
