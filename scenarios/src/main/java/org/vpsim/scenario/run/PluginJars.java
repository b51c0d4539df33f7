package org.vpsim.scenario.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.vpsim.controller.ControllerProvider;

/**
 * Java controller plug-ins: every {@code *.jar} directly in a folder, loaded by one class loader whose
 * parent is the one that loaded vpsim (so plug-ins see {@code controller-api} and the JDK, and their
 * providers are found with {@link java.util.ServiceLoader} through that loader). Problems are refused
 * up front with a message naming the folder or the jar: a missing folder, a folder without jars, a
 * file that is not a readable jar, a provider class named in a jar's services file that does not load.
 */
public final class PluginJars {
    private static final String SERVICES = "META-INF/services/" + ControllerProvider.class.getName();

    private PluginJars() {
    }

    /** The jars in {@code dir}, sorted by file name (a fixed load order), each checked to be a readable jar. */
    public static List<Path> jars(Path dir) {
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException("plug-in folder " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("plug-in folder " + dir + " is a file, not a folder of jars");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = new ArrayList<>(files
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new IllegalArgumentException("plug-in folder " + dir + " cannot be read: " + e.getMessage());
        }
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("plug-in folder " + dir + " holds no .jar files");
        }
        for (Path jar : jars) {
            checkReadable(jar);
        }
        return List.copyOf(jars);
    }

    /** A class loader over every jar in {@code dir}; lives as long as the run (the JVM ends with it). */
    public static ClassLoader classLoader(Path dir) {
        List<Path> jars = jars(dir);
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("plug-in jar " + jars.get(i) + " has a path that is not a valid URL");
            }
        }
        URLClassLoader loader = new URLClassLoader("vpsim-plugins", urls, PluginJars.class.getClassLoader());
        for (Path jar : jars) {
            checkProviders(jar, loader);
        }
        return loader;
    }

    /**
     * Every provider class a jar's services file names must load and be a {@link ControllerProvider}:
     * found here, the error can name the jar. (A jar without a services file is fine: a library that a
     * plug-in needs.)
     */
    private static void checkProviders(Path jar, ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            JarEntry services = f.getJarEntry(SERVICES);
            if (services == null) {
                return;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(f.getInputStream(services), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int hash = line.indexOf('#');
                    String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("plug-in jar " + jar + " cannot be loaded: " + e.getMessage());
        }
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("plug-in jar " + jar + " names the controller provider " + name + " in "
                        + SERVICES + ", but that class cannot be loaded (not in the jar, or it needs a jar that is not in the"
                        + " plug-in folder, or it was compiled for a newer Java)");
            }
            if (!ControllerProvider.class.isAssignableFrom(c)) {
                throw new IllegalArgumentException("plug-in jar " + jar + " names " + name + " in " + SERVICES
                        + ", but that class does not implement org.vpsim.controller.ControllerProvider");
            }
        }
    }

    /** Opens the jar and walks its entries, so a damaged file fails here and not in the middle of a run. */
    private static void checkReadable(Path jar) {
        try (JarFile f = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = f.entries();
            while (entries.hasMoreElements()) {
                entries.nextElement();
            }
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("plug-in jar " + jar + " cannot be loaded: it is not a readable jar file ("
                    + e.getMessage() + ")");
        }
    }
}
