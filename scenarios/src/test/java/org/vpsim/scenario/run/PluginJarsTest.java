package org.vpsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.controller.ControllerProvider;

class PluginJarsTest {
    @TempDir
    Path dir;

    @Test
    void providerThatLivesOnlyInAJarIsFoundThroughThePluginLoader() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        writeProviderJar(plugins.resolve("my-plugin.jar"), "TinyProvider", "tiny-test-controller");
        Files.writeString(plugins.resolve("README.txt"), "not a jar: ignored");

        assertEquals(List.of(plugins.resolve("my-plugin.jar")), PluginJars.jars(plugins));
        ClassLoader loader = PluginJars.classLoader(plugins);
        List<String> ids = ServiceLoader.load(ControllerProvider.class, loader).stream().map(p -> p.get().id()).toList();
        assertTrue(ids.contains("tiny-test-controller"), ids.toString());
        assertFalse(ServiceLoader.load(ControllerProvider.class, PluginJars.class.getClassLoader()).stream()
                .anyMatch(p -> p.get().id().equals("tiny-test-controller")), "not on the application class path");
    }

    @Test
    void missingFolderFileInsteadOfFolderAndFolderWithoutJarsAreRefusedByName() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginJars.classLoader(dir.resolve("nope")));
        assertEquals("plug-in folder " + dir.resolve("nope") + " does not exist", e.getMessage());
        Path file = Files.writeString(dir.resolve("file.jar"), "x");
        e = assertThrows(IllegalArgumentException.class, () -> PluginJars.classLoader(file));
        assertTrue(e.getMessage().endsWith("is a file, not a folder of jars"), e.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "x");
        e = assertThrows(IllegalArgumentException.class, () -> PluginJars.classLoader(empty));
        assertEquals("plug-in folder " + empty + " holds no .jar files", e.getMessage());
    }

    @Test
    void damagedJarIsRefusedBeforeAnythingRuns() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        writeProviderJar(plugins.resolve("a-good.jar"), "GoodProvider", "good-one");
        Files.write(plugins.resolve("b-broken.jar"), "PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginJars.classLoader(plugins));
        assertTrue(e.getMessage().startsWith("plug-in jar " + plugins.resolve("b-broken.jar")
                + " cannot be loaded: it is not a readable jar file"), e.getMessage());
    }

    @Test
    void servicesFileNamingAClassThatIsNotThereIsRefusedNamingJarAndClass() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = plugins.resolve("typo.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/org.vpsim.controller.ControllerProvider"));
            out.write("# my provider\nplug.MisspeltProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginJars.classLoader(plugins));
        assertTrue(e.getMessage().startsWith("plug-in jar " + jar + " names the controller provider plug.MisspeltProvider in "
                + "META-INF/services/org.vpsim.controller.ControllerProvider, but that class cannot be loaded"), e.getMessage());
    }

    @Test
    void jarWithoutServicesFileIsALibraryAndAllowed() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        writeProviderJar(plugins.resolve("a-plugin.jar"), "APlugin", "a-plugin");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(plugins.resolve("some-library.jar")))) {
            out.putNextEntry(new JarEntry("lib/readme.txt"));
            out.write("a library".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertEquals(2, PluginJars.jars(plugins).size());
        assertTrue(ServiceLoader.load(ControllerProvider.class, PluginJars.classLoader(plugins)).stream()
                .anyMatch(p -> p.get().id().equals("a-plugin")));
    }

    /** Compiles a one-class provider against controller-api and jars it with its services file. */
    static void writeProviderJar(Path jar, String className, String id) throws IOException {
        Path src = Files.createTempDirectory(jar.getParent().getParent(), "src");
        Path java = src.resolve("plug/" + className + ".java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "package plug;\n"
                + "import java.util.List; import org.vpsim.controller.*;\n"
                + "public final class " + className + " implements ControllerProvider {\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String description() { return \"test\"; }\n"
                + "  public List<SettingsProblem> validate(Settings s) { return List.of(); }\n"
                + "  public Controller create(Settings s) { return new Controller() {\n"
                + "    public void start(ControllerStart st) { }\n"
                + "    public Command decide(Observation o) { return Command.none(); } }; }\n"
                + "}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Path.of(ControllerProvider.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int rc = javac.run(null, null, null, "--release", "17", "-cp", classpath, "-d", src.toString(), java.toString());
        assertEquals(0, rc, "javac");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("plug/" + className + ".class"));
            out.write(Files.readAllBytes(src.resolve("plug/" + className + ".class")));
            out.putNextEntry(new JarEntry("META-INF/services/org.vpsim.controller.ControllerProvider"));
            OutputStream o = out;
            o.write(("plug." + className + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
