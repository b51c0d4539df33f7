package org.vpsim.scenario.run;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Java controller plug-ins: every {@code *.jar} directly in a folder, loaded by one class loader whose
 * parent is the one that loaded vpsim (so plug-ins see {@code controller-api} and the JDK, and their
 * providers are found with {@link java.util.ServiceLoader} through that loader). Problems are refused
 * up front with a message naming the folder or the jar: a missing folder, a folder without jars, a
 * file that is not a readable jar.
 */
public final class PluginJars {
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
        return new URLClassLoader("vpsim-plugins", urls, PluginJars.class.getClassLoader());
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
