package org.vpsim.scenario.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerProvider;
import org.vpsim.controller.Settings;
import org.vpsim.controller.SettingsProblem;
import org.vpsim.scenario.model.ControllerSettings;
import org.vpsim.scenario.model.FieldRules;
import org.vpsim.scenario.model.Problem;
import org.vpsim.scenario.run.external.ExternalProcessController;

/**
 * The controller providers a study can name: the built-ins and those of plug-in jars, found with
 * {@link ServiceLoader} on a class loader; plus {@code external}, a program in any language behind the
 * external-controller protocol. Immutable once loaded; shared by every worker thread.
 */
public final class ControllerRegistry {
    private final Map<String, ControllerProvider> providers;
    private final List<Path> pluginJars;

    private ControllerRegistry(Map<String, ControllerProvider> providers, List<Path> pluginJars) {
        this.providers = providers;
        this.pluginJars = pluginJars;
    }

    /** The built-ins plus the providers of every jar in {@code pluginFolder} (see {@link PluginJars}). */
    public static ControllerRegistry withPlugins(Path pluginFolder) {
        List<Path> jars = PluginJars.jars(pluginFolder);
        return new ControllerRegistry(load(PluginJars.classLoader(pluginFolder)).providers, jars);
    }

    /** The plug-in jars this registry was loaded from (empty for the built-ins); the manifest records them. */
    public List<Path> pluginJars() {
        return pluginJars;
    }

    /** The built-in providers (those on vpsim's own class path). */
    public static ControllerRegistry builtIn() {
        return load(ControllerRegistry.class.getClassLoader());
    }

    /** Exactly these providers (for embedding vpsim, and for tests). */
    public static ControllerRegistry of(List<ControllerProvider> providers) {
        Map<String, ControllerProvider> byId = new TreeMap<>();
        for (ControllerProvider p : providers) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("two controllers are called '" + p.id() + "'");
            }
        }
        return new ControllerRegistry(byId, List.of());
    }

    /**
     * Every provider visible to {@code loader} (a plug-in class loader sees the built-ins through its
     * parent). Two providers with one id, or a provider that cannot be loaded, are refused.
     */
    public static ControllerRegistry load(ClassLoader loader) {
        Map<String, ControllerProvider> found = new TreeMap<>();
        try {
            for (ControllerProvider p : ServiceLoader.load(ControllerProvider.class, loader)) {
                String id = p.id();
                if (id == null || !id.matches(ControllerSettings.ID_PATTERN) || ControllerSettings.EXTERNAL.equals(id)) {
                    throw new IllegalArgumentException("controller plug-in " + p.getClass().getName()
                            + " has an unusable id '" + id + "' (lower-case letters, digits and '-'; not 'external')");
                }
                ControllerProvider before = found.putIfAbsent(id, p);
                if (before != null && before.getClass() != p.getClass()) {
                    throw new IllegalArgumentException("two controllers are called '" + id + "': "
                            + before.getClass().getName() + " and " + p.getClass().getName());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("a controller plug-in could not be loaded: " + e.getMessage(), e);
        }
        return new ControllerRegistry(found, List.of());
    }

    /** The providers, sorted by id; {@code external} is always available besides these. */
    public Collection<ControllerProvider> providers() {
        return providers.values();
    }

    /**
     * Every problem with an arm's controller, in the scenario's validation vocabulary, with full paths under
     * {@code controllerPath} (e.g. {@code arms[1].controller}): an unknown {@code type}, or each problem the
     * provider finds in the settings as {@code settings.KEY}. Empty when it can run.
     */
    public List<Problem> validate(ControllerSettings c, String controllerPath) {
        List<Problem> problems = new ArrayList<>();
        if (c.external()) {
            return problems; // settings go to the program untouched; StudyPlan checks the command against the scenario folder
        }
        ControllerProvider p = providers.get(c.type());
        if (p == null) {
            problems.add(new Problem(controllerPath + ".type", FieldRules.render(c.type()), "a known controller: "
                    + ControllerSettings.EXTERNAL + ", " + String.join(", ", providers.keySet()),
                    "plug-in controllers are loaded with --plugins"));
            return problems;
        }
        List<SettingsProblem> found;
        try {
            found = p.validate(new Settings(c.settings()));
        } catch (RuntimeException e) {
            // A plug-in's own bug must not escape as a stack trace: report it against the settings.
            problems.add(Problem.stated(controllerPath + ".settings", "the controller " + c.type()
                    + " could not check its settings: " + e.getMessage()));
            return problems;
        }
        for (SettingsProblem sp : found) {
            String path = controllerPath + ".settings" + (sp.path().isEmpty() ? ""
                    : sp.path().startsWith("[") ? sp.path() : "." + sp.path());
            problems.add(sp.value() == null && !c.settings().containsKey(sp.path())
                    ? Problem.missing(path, sp.allowed())
                    : new Problem(path, FieldRules.render(sp.value()), sp.allowed(), ""));
        }
        return problems;
    }

    /**
     * A new controller for one patient × arm (not yet started).
     *
     * @param scenarioFolder folder that relative external commands resolve against
     * @param stderrLog      where an external program's stderr goes
     */
    public Controller create(ControllerSettings c, Path scenarioFolder, Path stderrLog) {
        if (c.external()) {
            return new ExternalProcessController(c.command(), scenarioFolder, c.timeoutMillis(), stderrLog);
        }
        ControllerProvider p = providers.get(c.type());
        if (p == null) {
            throw new IllegalArgumentException("controller.type: '" + c.type() + "' is not a known controller");
        }
        return p.create(new Settings(c.settings()));
    }
}
