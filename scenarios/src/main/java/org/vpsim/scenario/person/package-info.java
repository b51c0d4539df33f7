/**
 * The simulated person (issue 16): the behaviour of the one who wears the pump and of a companion, as pure
 * decisions driven by the scenario's {@link org.vpsim.scenario.model.PersonSettings} and the patient's own PERSON
 * random streams. The patient simulation asks it at meals (miss, delay, carbs to enter), at each CGM reading
 * (rescue carbs) and at each plasma-glucose check (the companion's emergency treatment of severe hypoglycaemia),
 * and logs what it did as events.
 */
package org.vpsim.scenario.person;
