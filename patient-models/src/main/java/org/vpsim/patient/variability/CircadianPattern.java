package org.vpsim.patient.variability;

/**
 * Time-of-day patterns of physiology (pure functions of the minute of the day, periodic over 24 h).
 */
public final class CircadianPattern {
    /**
     * Knots (hour of day, insulin-sensitivity multiplier) of the circadian SI pattern, linearly interpolated and
     * periodic. Shape after Visentin et al. 2015 (Diabetes Technol Ther 17(1):1-7) and Hinshaw et al. 2013
     * (Diabetes 62(7):2223): in type 1 diabetes insulin sensitivity is on average lowest around breakfast and
     * higher at lunch and dinner, with large differences between individuals; the amplitude (about -20 % at
     * breakfast, +15 % at lunch) is an assumption within the published per-class ranges.
     */
    private static final double[][] SI_KNOTS = {
            {0, 1.05}, {3, 1.05}, {6, 0.85}, {8, 0.80}, {10, 0.95}, {13, 1.15}, {16, 1.10}, {19, 1.00}, {22, 1.05},
            {24, 1.05}};

    private CircadianPattern() {
    }

    /** Insulin-sensitivity multiplier at {@code minuteOfDay}, deviation from 1 scaled by {@code amplitude}. */
    public static double insulinSensitivity(double minuteOfDay, double amplitude) {
        double h = ((minuteOfDay / 60.0) % 24 + 24) % 24;
        for (int i = 1; i < SI_KNOTS.length; i++) {
            if (h <= SI_KNOTS[i][0]) {
                double[] a = SI_KNOTS[i - 1];
                double[] b = SI_KNOTS[i];
                double v = a[1] + (b[1] - a[1]) * (h - a[0]) / (b[0] - a[0]);
                return 1 + amplitude * (v - 1);
            }
        }
        return 1 + amplitude * (SI_KNOTS[0][1] - 1);
    }

    /**
     * Dawn phenomenon: endogenous-glucose-production multiplier 1 + peak·(1 − cos(2π(h − 3)/6))/2 between 03:00 and
     * 09:00 (a raised cosine peaking at 06:00), 1 otherwise — the early-morning rise of hepatic glucose output
     * driven by the nocturnal growth-hormone and cortisol surge (Porcellati et al. 2013, Diabetes Care 36(12):3860).
     */
    public static double dawnEndogenousGlucose(double minuteOfDay, double peakIncrease) {
        double h = ((minuteOfDay / 60.0) % 24 + 24) % 24;
        if (h <= 3 || h >= 9) {
            return 1.0;
        }
        return 1 + peakIncrease * (1 - Math.cos(2 * Math.PI * (h - 3) / 6)) / 2;
    }
}
