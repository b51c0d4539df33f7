package org.vpsim.results.metrics;

/**
 * The hypoglycaemia endpoints of the trials the built-in studies mirror, from one glucose series with
 * timestamps (every count is over the whole run of the patient × arm).
 *
 * @param eventsBelow70                 level-1 (or worse) events: ≥ 15 consecutive min below 70 mg/dL,
 *                                      ending after ≥ 15 min at or above (Battelino et al. 2023)
 * @param eventsBelow40           episodes below 40 mg/dL, a glucose-only proxy of severe hypoglycaemia: any reading below 40 mg/dL
 *                                      starts one, it ends after ≥ 15 min at or above 40 (the level at which
 *                                      the simulated person's companion treats; the clinical level 3 needs
 *                                      assistance, which a glucose series cannot show)
 * @param nocturnalEventsBelow70        level-1 events whose low run began between 22:00 and 08:00 clock time
 *                                      (ASPIRE In-Home's night window)
 * @param nocturnalAucBelow70PerNight   area below 70 mg/dL over 22:00–08:00, mg/dL·min per night
 *                                      ({@link NocturnalAreaBelowRange}); null without a night reading
 */
public record HypoglycaemiaEndpoints(
        long eventsBelow70,
        long eventsBelow40,
        long nocturnalEventsBelow70,
        Double nocturnalAucBelow70PerNight) {

    public HypoglycaemiaEndpoints {
        if (eventsBelow70 < 0 || eventsBelow40 < 0 || nocturnalEventsBelow70 < 0) {
            throw new IllegalArgumentException("event counts must not be negative: " + eventsBelow70 + ", "
                    + eventsBelow40 + ", " + nocturnalEventsBelow70);
        }
        if (nocturnalEventsBelow70 > eventsBelow70) {
            throw new IllegalArgumentException("nocturnalEventsBelow70: " + nocturnalEventsBelow70
                    + " exceeds eventsBelow70 " + eventsBelow70);
        }
        if (nocturnalAucBelow70PerNight != null && !(nocturnalAucBelow70PerNight >= 0)) {
            throw new IllegalArgumentException("nocturnalAucBelow70PerNight: " + nocturnalAucBelow70PerNight
                    + " is not a non-negative number");
        }
    }
}
