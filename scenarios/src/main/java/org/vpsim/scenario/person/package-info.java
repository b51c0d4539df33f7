/**
 * The simulated person (issue 16): the behaviour of the one who wears the pump and of a companion, as pure
 * decisions driven by the scenario's {@link org.vpsim.scenario.model.PersonSettings} and the patient's own PERSON
 * random streams. The patient simulation asks it at meals (miss, delay, carbs to enter), at each CGM reading
 * (rescue carbs) and at each plasma-glucose check (the companion's emergency treatment of severe hypoglycaemia),
 * and logs what it did as events. Issue 14 adds the person's answers to CGM alerts (after a response time drawn
 * from PERSON sub-stream 2, apart from meals and rescues), impaired awareness of hypoglycaemia (lows acted on only
 * after an alert or on late, sometimes missed symptoms, judged on plasma glucose), the suspicion of a failed
 * infusion set when a correction does not work, and the count of severe episodes. None of it draws a number unless
 * the scenario asks for it, so scenarios without these fields run exactly as before. Sleep ({@code person.sleep})
 * draws only from PERSON sub-stream 3 (waking by an alert, per sounding; by a low, per episode). The companion treats
 * only an incapacitated person: plasma glucose below the severe threshold for {@code severeAfterMinutes} with no
 * rescue by the person in that time (0 restores the earlier treat-at-once rule).
 */
package org.vpsim.scenario.person;
