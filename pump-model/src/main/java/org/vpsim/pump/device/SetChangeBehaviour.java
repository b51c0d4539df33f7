package org.vpsim.pump.device;

/**
 * How the pump's user keeps to the set and reservoir routine when a set is due ({@link PumpSpec#autoSetChange()}):
 * the port through which the scenario injects forgotten set changes and reservoirs not refilled. Asked once per due
 * set, in order; the default keeps the routine exactly (changed when due, new reservoir with the set when
 * {@link PumpSpec#changeReservoirWithSet()}).
 */
public interface SetChangeBehaviour {
    /**
     * How much longer than its wear time the set due now is worn (ms; 0: changed now). Meanwhile the wear model keeps
     * acting: absorption stays at its late-wear speed and bioavailability keeps falling ({@link SetWearModel}).
     */
    long extraWearMillis(long dueMillis);

    /** True when, at the set change now, the user keeps the old reservoir instead of filling a new one. */
    boolean keepsReservoir(long changeMillis);

    /** The routine kept: every set changed when due, every reservoir replaced with it. */
    SetChangeBehaviour COMPLIANT = new SetChangeBehaviour() {
        @Override
        public long extraWearMillis(long dueMillis) {
            return 0;
        }

        @Override
        public boolean keepsReservoir(long changeMillis) {
            return false;
        }
    };
}
