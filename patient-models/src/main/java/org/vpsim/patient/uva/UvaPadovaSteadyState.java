package org.vpsim.patient.uva;

/**
 * The basal steady state of the UVA/Padova 2008 model (Dalla Man 2007 §II, basal conditions; Kovatchev 2009 for
 * the subcutaneous route), from the parameters that do not depend on it. Given basal glucose Gb, basal endogenous
 * production EGPb and the basal infusion u2ss, with X = 0:
 * <pre>
 *   Gpb = Gb·Vg;  Isc1 = u2ss/(ka1+kd);  Isc2 = kd·Isc1/ka2;  Ipb = u2ss/(m2 + m4 − m1·m2/(m1+m30));
 *   Ilb = m2·Ipb/(m1+m30);  Ib = Ipb/Vi;  Eb = ke1·max(Gpb − ke2, 0);  Uidb = EGPb − Fsnc − Eb;
 *   Gtb = (k1·Gpb − Uidb)/k2;  Vm0 = Uidb·(Km0 + Gtb)/Gtb;  kp1 = EGPb + kp2·Gpb + kp3·Ib.
 * </pre>
 * Applied to the 30 published patients these reproduce simglucose's x0, Ib, Vm0 and kp1 to ~2e-11 (test).
 */
public final class UvaPadovaSteadyState {
    private UvaPadovaSteadyState() {
    }

    /**
     * The published-style parameters (with Vm0, kp1, Ib derived) and x0.
     *
     * @param base parameters whose Vm0, kp1 and Ib are ignored and replaced
     * @throws IllegalArgumentException when no steady state exists (EGPb too small to cover Fsnc and renal loss,
     *                                  or a negative tissue glucose)
     */
    public static UvaPadovaPatient patient(String name, UvaPadovaParameters base, double basalGlucoseMgDl,
                                           double basalEgpMgPerKgMin, double carbRatio, double correctionFactor,
                                           double ageYears, double totalDailyInsulin) {
        UvaPadovaParameters q = base;
        double gpb = basalGlucoseMgDl * q.vgDlPerKg();
        double u = q.u2ssPmolPerKgMin();
        double isc1 = u / (q.ka1PerMin() + q.kdPerMin());
        double isc2 = q.kdPerMin() * isc1 / q.ka2PerMin();
        double m1 = q.m1PerMin();
        double m2 = q.m2PerMin();
        double ipb = u / (m2 + q.m4PerMin() - m1 * m2 / (m1 + q.m30PerMin()));
        double ilb = m2 * ipb / (m1 + q.m30PerMin());
        double ib = ipb / q.viLPerKg();
        double eb = gpb > q.ke2MgPerKg() ? q.ke1PerMin() * (gpb - q.ke2MgPerKg()) : 0.0;
        double uidb = basalEgpMgPerKgMin - q.fsncMgPerKgMin() - eb;
        if (!(uidb > 0)) {
            throw new IllegalArgumentException("no steady state: basal EGP " + basalEgpMgPerKgMin
                    + " mg/kg/min does not cover Fsnc and renal excretion");
        }
        double gtb = (q.k1PerMin() * gpb - uidb) / q.k2PerMin();
        if (!(gtb > 0)) {
            throw new IllegalArgumentException("no steady state: tissue glucose would be " + gtb + " mg/kg");
        }
        double vm0 = uidb * (q.km0MgPerKg() + gtb) / gtb;
        double kp1 = basalEgpMgPerKgMin + q.kp2PerMin() * gpb + q.kp3MgPerKgMinPerPmolL() * ib;
        UvaPadovaParameters p = new UvaPadovaParameters(q.bodyWeightKg(), q.kmaxPerMin(), q.kminPerMin(), q.b(),
                q.d(), q.kabsPerMin(), q.f(), kp1, q.kp2PerMin(), q.kp3MgPerKgMinPerPmolL(), q.fsncMgPerKgMin(),
                q.ke1PerMin(), q.ke2MgPerKg(), q.k1PerMin(), q.k2PerMin(), vm0, q.vmxMgPerKgMinPerPmolL(),
                q.km0MgPerKg(), m1, m2, q.m4PerMin(), q.m30PerMin(), q.viLPerKg(), ib, q.p2uPerMin(), q.kiPerMin(),
                q.ka1PerMin(), q.ka2PerMin(), q.kdPerMin(), q.kscPerMin(), q.vgDlPerKg(), u);
        double[] x0 = {0, 0, 0, gpb, gtb, ipb, 0, ib, ib, ilb, isc1, isc2, gpb};
        return new UvaPadovaPatient(name, p, x0, carbRatio, correctionFactor, ageYears, totalDailyInsulin);
    }

    /** Basal glucose Gb = Gpb/Vg (mg/dL) of a published patient. */
    public static double basalGlucoseMgDl(UvaPadovaPatient p) {
        return p.initialState()[UvaPadova2008Model.GP] / p.parameters().vgDlPerKg();
    }

    /** Basal endogenous glucose production EGPb = kp1 − kp2·Gpb − kp3·Ib (mg/kg/min) of a published patient. */
    public static double basalEgpMgPerKgMin(UvaPadovaPatient p) {
        UvaPadovaParameters q = p.parameters();
        return q.kp1MgPerKgMin() - q.kp2PerMin() * p.initialState()[UvaPadova2008Model.GP]
                - q.kp3MgPerKgMinPerPmolL() * q.ibPmolPerL();
    }
}
