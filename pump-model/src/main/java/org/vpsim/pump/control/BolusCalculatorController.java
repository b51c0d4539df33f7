package org.vpsim.pump.control;

import java.util.Objects;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Observation;

/**
 * Open-loop pump therapy: the programmed basal runs untouched and each announced meal gets a bolus
 * from the {@link BolusCalculator} (DESIGN.md, "Controllers"; simglucose 0.2.11 BBController is the
 * same idea without IOB). IOB is the observation's {@code iobUnits}: bolus insulin on board with the
 * therapy's insulin curve, as the pump's wizard counts "active insulin".
 *
 * <p>Optional automatic corrections between meals ({@code correctionIntervalMinutes} &gt; 0): when the
 * CGM is above the threshold and no bolus was given within the interval, bolus
 * max(0, (G - target)/ISF - IOB). One instance per patient × arm; it remembers its last bolus time.
 */
public final class BolusCalculatorController implements Controller {
    private final BolusCalculatorSettings settings;
    private BolusCalculator calculator;
    private double lastBolusMinute = Double.NaN;

    public BolusCalculatorController(BolusCalculatorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public BolusCalculatorSettings settings() {
        return settings;
    }

    @Override
    public void start(ControllerStart start) {
        calculator = new BolusCalculator(settings, start.therapy(), start.pump());
    }

    @Override
    public Command decide(Observation obs) {
        if (calculator == null) {
            throw new IllegalStateException("decide called before start");
        }
        if (obs.announcedCarbsGrams() > 0.0) {
            BolusCalculator.Dose dose = calculator.mealBolus(obs.announcedCarbsGrams(), obs);
            if (dose.units() > 0.0) {
                lastBolusMinute = obs.minute();
            }
            return Command.bolus(dose.units(), dose.reason());
        }
        if (settings.correctionIntervalMinutes() > 0
                && (Double.isNaN(lastBolusMinute) || obs.minute() - lastBolusMinute >= settings.correctionIntervalMinutes())) {
            BolusCalculator.Dose dose = calculator.correctionBolus(obs);
            if (dose != null && dose.units() > 0.0) {
                lastBolusMinute = obs.minute();
                return Command.bolus(dose.units(), dose.reason());
            }
        }
        return Command.none();
    }
}
