package org.vpsim.patient.hovorka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vpsim.patient.PatientCohort;
import org.vpsim.patient.population.NamedCohort;
import org.vpsim.patient.population.Sha256;

/**
 * The built-in Hovorka 2004 cohort: the nominal patient ({@code nominal}) of Hovorka 2004 Table 1. Larger
 * cohorts are sampled from the published distributions ({@link HovorkaPopulation}) into a population file.
 */
public final class HovorkaCohort {
    public static final String MODEL_ID = Hovorka2004Model.MODEL_ID;
    public static final String SOURCE = "Hovorka R et al., Physiol Meas 2004;25:905-920, Table 1 (nominal "
            + "parameters); interstitial glucose: Wilinska ME et al., J Diabetes Sci Technol 2010;4(1):132-144";

    private static final class Holder {
        static final PatientCohort STANDARD = new NamedCohort(MODEL_ID, SOURCE,
                Sha256.hex(HovorkaPatient.nominal().toString().getBytes(StandardCharsets.UTF_8)),
                List.of(new NamedCohort.Member(new Hovorka2004Model(HovorkaPatient.nominal()), null)));
    }

    private HovorkaCohort() {
    }

    public static PatientCohort standard() {
        return Holder.STANDARD;
    }
}
