package org.vpsim.patient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A simglucose 0.2.11 reference trajectory from test resources {@code reference/uva-padova-2008/} (see
 * /work/shared/reference/uva-padova-2008/README.md for the protocol): inputs per minute and the
 * expected plasma/subcutaneous glucose and states at every minute 0…1440.
 */
record ReferenceDay(List<MinuteInput> inputs, double[] bgPlasma, double[] gsub, double[][] states) {

    static ReferenceDay load(String file) {
        String path = "/reference/uva-padova-2008/" + file;
        try (InputStream in = ReferenceDay.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(r.readLine().split(","));
            int cho = header.indexOf("cho_g_per_min");
            int ins = header.indexOf("insulin_u_per_min");
            int bg = header.indexOf("bg_plasma_mg_dl");
            int gs = header.indexOf("gsub_mg_dl");
            int x0 = header.indexOf("x0");
            List<MinuteInput> inputs = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null && !line.isBlank()) {
                String[] c = line.split(",", -1);
                if (!c[cho].isEmpty()) {
                    inputs.add(new MinuteInput(Double.parseDouble(c[cho]), Double.parseDouble(c[ins])));
                }
                double[] row = new double[15];
                row[0] = Double.parseDouble(c[bg]);
                row[1] = Double.parseDouble(c[gs]);
                for (int i = 0; i < 13; i++) {
                    row[2 + i] = Double.parseDouble(c[x0 + i]);
                }
                rows.add(row);
            }
            double[] b = new double[rows.size()];
            double[] g = new double[rows.size()];
            double[][] s = new double[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                b[i] = rows.get(i)[0];
                g[i] = rows.get(i)[1];
                s[i] = java.util.Arrays.copyOfRange(rows.get(i), 2, 15);
            }
            return new ReferenceDay(List.copyOf(inputs), b, g, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
