package org.vpsim.pump.sensor;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which sensor error model a CGM uses. */
public enum CgmErrorModel {
    /** Johnson-SU transformed AR(1) of Breton &amp; Kovatchev 2008, as simglucose ({@link CgmNoise}). */
    BRETON_2008("breton-2008"),
    /** Calibration error with drift plus AR(2) noise of Vettoretti et al. 2019, Dexcom G6 ({@link Vettoretti2019Error}). */
    VETTORETTI_2019("vettoretti-2019");

    private final String id;

    CgmErrorModel(String id) {
        this.id = id;
    }

    /** The id used in scenario files. */
    public String id() {
        return id;
    }

    /** The model named {@code id}; null gives the default {@link #BRETON_2008}. */
    public static CgmErrorModel fromId(String id) {
        if (id == null) {
            return BRETON_2008;
        }
        for (CgmErrorModel m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("noiseModel: '" + id + "' is not one of "
                + Arrays.stream(values()).map(CgmErrorModel::id).collect(Collectors.joining(", ")));
    }
}
