package org.vpsim.cli;

import org.vpsim.results.GlucoseUnit;
import picocli.CommandLine.Option;

/** {@code --units mg|mmol}: the glucose unit a command prints in (a picocli mixin, one definition). */
final class UnitsOption {
    @Option(names = "--units", paramLabel = "UNIT", defaultValue = "mg",
            description = "Glucose unit: mg (mg/dL) or mmol (mmol/L) (default: ${DEFAULT-VALUE}).")
    String units;

    /** The parsed unit; an unknown one is refused in plain words (IllegalArgumentException). */
    GlucoseUnit unit() {
        return GlucoseUnit.parse(units);
    }
}
