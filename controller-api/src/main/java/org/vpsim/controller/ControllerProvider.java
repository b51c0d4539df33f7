package org.vpsim.controller;

import java.util.List;

/**
 * A kind of controller, named in a scenario by {@link #id()}. Found with {@link java.util.ServiceLoader};
 * implementations need a public no-argument constructor and must be stateless (one provider serves
 * every patient × arm, from several threads).
 */
public interface ControllerProvider {

    /** The scenario's {@code controller.type}, e.g. {@code "low-glucose-suspend"}: lower case, digits and '-'. */
    String id();

    /** One sentence for {@code vpsim controllers} and the documentation. */
    String description();

    /**
     * Every problem with the settings at once, each with a path relative to {@code settings} (the
     * caller prefixes e.g. {@code arms[1].controller.settings.}). Empty when they are valid. Unknown
     * keys are problems too. {@link SettingsReader} collects them.
     */
    List<SettingsProblem> validate(Settings settings);

    /**
     * A new controller for one patient × arm. Called only with settings that {@link #validate}
     * accepted; the controller is {@link Controller#start started} before its first decision.
     */
    Controller create(Settings settings);
}
