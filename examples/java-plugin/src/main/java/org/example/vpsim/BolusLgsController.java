package org.example.vpsim;

import java.util.Map;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Observation;
import org.vpsim.controller.SettingsReader;
import org.vpsim.controller.Therapy;

/**
 * An example controller: a meal bolus calculator with low-glucose suspend. The Python example
 * ({@code examples/external-controller/controller.py}) implements the same rules behind the external
 * protocol, and a test checks that both give identical results.
 *
 * <ol>
 *   <li>Meal bolus, as a pump's bolus wizard computes it, when carbs are announced:
 *       {@code bolus = carbs / carbRatio + (CGM − target) / ISF − IOB}, floored at 0. The correction is
 *       negative below target; without a CGM reading it is left out. IOB is the pump's own figure.</li>
 *   <li>Low-glucose (threshold) suspend, as the devices evaluated in ASPIRE (Bergenstal et al., N Engl J
 *       Med 2013;369:224–32): suspend when CGM ≤ {@code lowSuspendMgDl}; resume when the user responds
 *       (announces carbs), when CGM ≥ {@code resumeMgDl} after at least {@code minSuspendMinutes}, or
 *       after {@code maxSuspendMinutes} at the latest — after such a time-out resume, no new suspend for
 *       {@code lockoutMinutes} (the MiniMed 530G resumes basal for 4 h when nobody responds).</li>
 * </ol>
 * One instance per patient × arm, called from one thread: plain fields hold its state.
 */
public final class BolusLgsController implements Controller {

    /** The settings, with their defaults; {@link #read} checks them. */
    record Limits(double lowSuspendMgDl, double resumeMgDl, double minSuspendMinutes, double maxSuspendMinutes,
                  double lockoutMinutes) {
    }

    /** Reads the settings; every problem lands in the reader (the provider reports them before a run). */
    static Limits read(SettingsReader r) {
        Limits l = new Limits(
                r.number("lowSuspendMgDl", 70, 40, 150, "mg/dL"),
                r.number("resumeMgDl", 90, 40, 250, "mg/dL"),
                r.number("minSuspendMinutes", 30, 0, 240, "minutes"),
                r.number("maxSuspendMinutes", 120, 5, 240, "minutes"),
                r.number("lockoutMinutes", 240, 0, 1440, "minutes"));
        r.require(l.resumeMgDl() >= l.lowSuspendMgDl(), "resumeMgDl", "a level not below lowSuspendMgDl");
        return l;
    }

    private final Limits limits;
    private Therapy therapy;
    /** Minute we suspended the pump, while it stays suspended; null otherwise. */
    private Double suspendedAtMinute;
    /** No new suspend before this minute (set when a suspension ran to its limit). */
    private double noSuspendBeforeMinute = Double.NEGATIVE_INFINITY;

    BolusLgsController(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void start(ControllerStart start) {
        therapy = start.therapy();
    }

    @Override
    public Command decide(Observation o) {
        double minute = o.minute();
        Double cgm = o.cgmMgDl();
        double carbs = o.announcedCarbsGrams();
        String status = o.pump().status();
        if (!status.equals("suspended")) {
            suspendedAtMinute = null; // resumed (by us or anyone else), or never suspended
        }

        boolean suspend = false;
        boolean resume = false;
        String reason = "";
        if (suspendedAtMinute != null) {
            double elapsed = minute - suspendedAtMinute;
            if (carbs > 0) {
                resume = true;
                reason = "resume: the user responds (meal announced)";
            } else if (elapsed >= limits.maxSuspendMinutes()) {
                resume = true;
                reason = "resume: suspension reached its limit";
                noSuspendBeforeMinute = minute + limits.lockoutMinutes();
            } else if (elapsed >= limits.minSuspendMinutes() && cgm != null && cgm >= limits.resumeMgDl()) {
                resume = true;
                reason = "resume: glucose recovered";
            }
            if (resume) {
                suspendedAtMinute = null;
            }
        } else if (status.equals("running") && cgm != null && cgm <= limits.lowSuspendMgDl()
                && carbs == 0 && minute >= noSuspendBeforeMinute) {
            suspend = true;
            reason = "suspend: CGM at or below the low threshold";
            suspendedAtMinute = minute;
        }

        double bolus = 0.0;
        if (carbs > 0 && (status.equals("running") || resume)) {
            // Bolus wizard: meal part + correction (negative below target) − insulin on board, ≥ 0.
            // Same operations in the same order as the Python example, so the doubles agree bit for bit.
            if (cgm != null) {
                bolus = carbs / therapy.carbRatioGramsPerUnit() + (cgm - therapy.targetMgDl()) / therapy.isfMgDlPerUnit()
                        - o.iobUnits();
            } else {
                bolus = carbs / therapy.carbRatioGramsPerUnit() - o.iobUnits();
            }
            bolus = Math.max(0.0, bolus);
            reason = (reason.isEmpty() ? "" : reason + "; ") + "meal bolus";
        }
        return new Command(bolus, null, suspend, resume, reason.isEmpty() ? Map.of() : Map.of("reason", reason));
    }
}
