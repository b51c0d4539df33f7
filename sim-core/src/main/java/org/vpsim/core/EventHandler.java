package org.vpsim.core;

/** Reacts to an event; may schedule further events on the simulation. */
@FunctionalInterface
public interface EventHandler<E extends Event> {
    void handle(E event, Simulation simulation);
}
