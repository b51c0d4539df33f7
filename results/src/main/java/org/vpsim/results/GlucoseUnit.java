package org.vpsim.results;

import java.util.Locale;

/**
 * Display unit of glucose. Results are stored and computed in mg/dL; mmol/L is presentation only
 * (1 mmol/L = {@value SummaryColumns#MG_DL_PER_MMOL_L} mg/dL for glucose, molar mass 180.156 g/mol).
 */
public enum GlucoseUnit {
    MG_DL("mg/dL", "mg_dl"),
    MMOL_L("mmol/L", "mmol_l");

    private final String label;
    private final String columnSuffix;

    GlucoseUnit(String label, String columnSuffix) {
        this.label = label;
        this.columnSuffix = columnSuffix;
    }

    /** "mg/dL" or "mmol/L". */
    public String label() {
        return label;
    }

    /** A glucose value (or SD, or difference) given in mg/dL, in this unit. */
    public double fromMgDl(double mgDl) {
        return this == MG_DL ? mgDl : mgDl / SummaryColumns.MG_DL_PER_MMOL_L;
    }

    /** The column name as shown in this unit: {@code mean_glucose_mg_dl} becomes {@code mean_glucose_mmol_l}. */
    public String columnName(String mgDlName) {
        return this == MG_DL ? mgDlName : mgDlName.replace("_mg_dl", "_" + columnSuffix);
    }

    /** Parses "mg" / "mg/dl" / "mmol" / "mmol/l" (any case). */
    public static GlucoseUnit parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "mg", "mg/dl", "mg_dl" -> MG_DL;
            case "mmol", "mmol/l", "mmol_l" -> MMOL_L;
            default -> throw new IllegalArgumentException("--units: '" + text + "' is not mg or mmol");
        };
    }
}
