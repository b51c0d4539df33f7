package org.vpsim.patient.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vpsim.patient.AtomicFiles;
import org.vpsim.patient.MinuteInput;
import org.vpsim.patient.ReplayRow;

/**
 * Reads replay inputs and writes replay trajectories as CSV.
 *
 * <p>Input: a header row, then one row per minute. Columns are found by header name:
 * {@value #CHO_COLUMN} (g/min) and {@value #INSULIN_COLUMN} (U/min) are required, {@value #MINUTE_COLUMN}
 * is optional and, when present, must count 0, 1, 2, …; other columns are ignored. Row t holds the inputs
 * over [t, t+1). A row whose two input cells are empty (or a blank line) ends the input, so simglucose
 * reference trajectories, whose last row has no inputs, are valid input files.
 *
 * <p>Output: header {@code minute,bg_plasma_mg_dl,gsub_mg_dl,x0,…,x12}, one row per minute 0…N, numbers
 * in full double precision ({@link Double#toString(double)}).
 */
public final class ReplayCsv {
    public static final String MINUTE_COLUMN = "minute";
    public static final String CHO_COLUMN = "cho_g_per_min";
    public static final String INSULIN_COLUMN = "insulin_u_per_min";

    private ReplayCsv() {
    }

    /** Parses the per-minute inputs of {@code file}. */
    /**
     * Largest carbohydrate input accepted, g/min: 200 times simglucose's eating rate of 5 g/min. Inputs are
     * bounded so that the model's state stays finite and the integration takes bounded time.
     */
    public static final double MAX_CHO_GRAMS_PER_MINUTE = 1000;
    /** Largest insulin input accepted, U/min: far above any pump (quick bolus 15 U/min). */
    public static final double MAX_INSULIN_UNITS_PER_MINUTE = 100;

    public static List<MinuteInput> readInputs(Path file) throws ReplayInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReplayInputException("input file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ReplayInputException("cannot read input file " + file + ": " + e, e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new ReplayInputException("input file " + file + " is empty: expected a header with columns "
                    + CHO_COLUMN + " and " + INSULIN_COLUMN);
        }
        String[] header = split(stripBom(lines.get(0)));
        int minuteCol = indexOf(header, MINUTE_COLUMN);
        int choCol = indexOf(header, CHO_COLUMN);
        int insulinCol = indexOf(header, INSULIN_COLUMN);
        for (var required : List.of(CHO_COLUMN, INSULIN_COLUMN)) {
            if (indexOf(header, required) < 0) {
                throw new ReplayInputException("input file " + file + ": missing column '" + required
                        + "' in header '" + lines.get(0) + "'");
            }
        }
        List<MinuteInput> inputs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                break;
            }
            String[] cells = split(line);
            String cho = cell(cells, choCol);
            String insulin = cell(cells, insulinCol);
            if (cho.isEmpty() && insulin.isEmpty()) {
                break;
            }
            if (minuteCol >= 0) {
                String minute = cell(cells, minuteCol);
                double m = number(file, lineNumber, MINUTE_COLUMN, minute);
                if (m != inputs.size()) {
                    throw new ReplayInputException("input file " + file + " line " + lineNumber + ": "
                            + MINUTE_COLUMN + " '" + minute + "' should be " + inputs.size()
                            + " (rows must count minutes from 0)");
                }
            }
            double choValue = input(file, lineNumber, CHO_COLUMN, cho);
            double insulinValue = input(file, lineNumber, INSULIN_COLUMN, insulin);
            inputs.add(new MinuteInput(choValue, insulinValue));
        }
        return inputs;
    }

    /**
     * Writes {@code rows} to {@code file} atomically: a temporary file in the same directory is written and
     * moved into place, so a failure leaves no (partial) {@code file}.
     */
    public static void writeRows(Path file, List<ReplayRow> rows) throws IOException {
        AtomicFiles.write(file, w -> {
            StringBuilder sb = new StringBuilder("minute,bg_plasma_mg_dl,gsub_mg_dl");
            int n = rows.isEmpty() ? 0 : rows.get(0).state().length;
            for (int i = 0; i < n; i++) {
                sb.append(",x").append(i);
            }
            w.write(sb.append('\n').toString());
            for (ReplayRow r : rows) {
                sb.setLength(0);
                sb.append(r.minute()).append(',').append(r.plasmaGlucoseMgDl()).append(',')
                        .append(r.interstitialGlucoseMgDl());
                for (double v : r.state()) {
                    sb.append(',').append(v);
                }
                w.write(sb.append('\n').toString());
            }
        });
    }

    private static double input(Path file, int line, String column, String text) throws ReplayInputException {
        double v = number(file, line, column, text);
        if (!Double.isFinite(v)) {
            throw new ReplayInputException("input file " + file + " line " + line + ": " + column + " '" + text
                    + "' is not finite");
        }
        if (v < 0) {
            throw new ReplayInputException("input file " + file + " line " + line + ": " + column + " '" + text
                    + "' is negative");
        }
        double max = CHO_COLUMN.equals(column) ? MAX_CHO_GRAMS_PER_MINUTE : MAX_INSULIN_UNITS_PER_MINUTE;
        if (v > max) {
            throw new ReplayInputException("input file " + file + " line " + line + ": " + column + " '" + text
                    + "' is above " + (long) max + " (" + (CHO_COLUMN.equals(column) ? "g/min" : "U/min")
                    + "), outside what the model describes");
        }
        return v;
    }

    private static double number(Path file, int line, String column, String text) throws ReplayInputException {
        if (text.isEmpty()) {
            throw new ReplayInputException("input file " + file + " line " + line + ": " + column
                    + " is empty");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ReplayInputException("input file " + file + " line " + line + ": " + column + " '" + text
                    + "' is not a number", e);
        }
    }

    private static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).strip();
            }
            cells[i] = c;
        }
        return cells;
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index] : "";
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
