package org.vpsim.pump.control;

import java.util.List;
import org.vpsim.controller.CgmReading;

/**
 * The least-squares line through the CGM readings of a recent window: g(t) = mean + slope (t - tMean),
 * slope = sum (t - tMean)(g - gMean) / sum (t - tMean)^2. A straight-line extrapolation of the recent
 * trend is how the commercial predictive-suspend systems forecast 30 min ahead (Basal-IQ's and
 * SmartGuard's "predicted" sensor glucose; Forlenza GP et al., Diabetes Care 2018;41:2155, methods),
 * and its slope is the derivative term of the PID (Steil 2006).
 *
 * @param slopeMgDlPerMinute trend, mg/dL/min
 * @param meanMinute         mean time of the readings used
 * @param meanMgDl           mean of the readings used
 * @param readings           how many readings were used
 */
public record CgmTrend(double slopeMgDlPerMinute, double meanMinute, double meanMgDl, int readings) {

    /** The line's value at {@code minute}, mg/dL. */
    public double at(double minute) {
        return meanMgDl + slopeMgDlPerMinute * (minute - meanMinute);
    }

    /**
     * The trend of the readings within {@code windowMinutes} before {@code nowMinute} (inclusive), or
     * null with fewer than {@code minReadings} readings or when they all share one time.
     */
    public static CgmTrend of(List<CgmReading> history, double nowMinute, double windowMinutes, int minReadings) {
        int n = 0;
        double sumT = 0;
        double sumG = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            CgmReading r = history.get(i);
            if (r.minute() < nowMinute - windowMinutes) {
                break;
            }
            if (r.minute() <= nowMinute) {
                n++;
                sumT += r.minute();
                sumG += r.mgDl();
            }
        }
        if (n < Math.max(2, minReadings)) {
            return null;
        }
        double tMean = sumT / n;
        double gMean = sumG / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            CgmReading r = history.get(i);
            if (r.minute() < nowMinute - windowMinutes) {
                break;
            }
            if (r.minute() <= nowMinute) {
                double dt = r.minute() - tMean;
                sxy += dt * (r.mgDl() - gMean);
                sxx += dt * dt;
            }
        }
        if (sxx == 0) {
            return null;
        }
        return new CgmTrend(sxy / sxx, tMean, gMean, n);
    }
}
