package org.vpsim.pump.control;

/**
 * A FIFO of (timeMillis, units) deliveries in time order, as a growable ring buffer of primitives
 * (a basal pulse train is hundreds of entries per curve duration; no boxing per pulse).
 * Deliveries at the same millisecond as the newest one are merged. Not thread-safe.
 */
final class DeliveryWindow {
    private long[] times = new long[64];
    private double[] units = new double[64];
    private int head;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long oldestTimeMillis() {
        return times[head];
    }

    double oldestUnits() {
        return units[head];
    }

    long timeMillisAt(int index) {
        return times[(head + index) & (times.length - 1)];
    }

    double unitsAt(int index) {
        return units[(head + index) & (times.length - 1)];
    }

    void removeOldest() {
        head = (head + 1) & (times.length - 1);
        size--;
        if (size == 0) {
            head = 0;
        }
    }

    /** Appends a delivery; the caller guarantees time order. */
    void add(long timeMillis, double deliveredUnits) {
        if (size > 0) {
            int newest = (head + size - 1) & (times.length - 1);
            if (times[newest] == timeMillis) {
                units[newest] += deliveredUnits;
                return;
            }
        }
        if (size == times.length) {
            grow();
        }
        int slot = (head + size) & (times.length - 1);
        times[slot] = timeMillis;
        units[slot] = deliveredUnits;
        size++;
    }

    private void grow() {
        long[] newTimes = new long[times.length * 2];
        double[] newUnits = new double[units.length * 2];
        for (int i = 0; i < size; i++) {
            newTimes[i] = timeMillisAt(i);
            newUnits[i] = unitsAt(i);
        }
        times = newTimes;
        units = newUnits;
        head = 0;
    }
}
