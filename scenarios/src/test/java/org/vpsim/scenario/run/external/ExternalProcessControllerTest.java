package org.vpsim.scenario.run.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;

/**
 * Real {@code python3} processes behind the protocol: a well-behaved controller and each way one can
 * misbehave. Every misbehaviour must end in an {@link ExternalControllerException} that says what
 * happened in plain words with the tail of the process's stderr — and leave no process or thread.
 */
class ExternalProcessControllerTest {
    @TempDir
    Path dir;

    private final List<ExternalProcessController> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(ExternalProcessController::close);
    }

    private ExternalProcessController scripted(long timeoutMillis, String... args) throws IOException, URISyntaxException {
        Path script = Path.of(getClass().getResource("scripted_controller.py").toURI());
        Files.copy(script, dir.resolve("scripted_controller.py"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of("python3", "scripted_controller.py"));
        command.addAll(List.of(args));
        ExternalProcessController c = new ExternalProcessController(command, dir, timeoutMillis,
                dir.resolve("logs").resolve("controller.stderr.log"));
        opened.add(c);
        return c;
    }

    static Observation observation(double minute, Double cgm, double carbs) {
        return new Observation(minute, minute % 1440, cgm, cgm == null ? List.of() : List.of(new CgmReading(minute, cgm)),
                carbs, 0.5, new PumpState("running", 0, 200, 1.2, null),
                List.of(new Delivery(minute - 1.5, 0.025, "basal")),
                List.of(new DeviceEvent(minute - 5, "bolus-started", 2.0, null, null, null)));
    }

    @Test
    void wellBehavedControllerGetsTheStartAndObservationsAndAnswersEach() throws Exception {
        ExternalProcessController c = scripted(5_000, "good");
        c.start(ProtocolCodecTest.designStart(new Settings(Map.of("gain", 0.5))));
        assertEquals("scripted good", c.name());

        Command first = c.decide(observation(425, 123.4, 50));
        assertEquals(5.0, first.bolusUnits(), 1e-12);
        assertNull(first.tempBasal());
        // What the Python side parsed, echoed back: the protocol's fields with the protocol's values.
        @SuppressWarnings("unchecked")
        Map<String, Object> start = (Map<String, Object>) first.info().get("start");
        assertEquals("adult#001", start.get("patient"));
        assertEquals(Map.of("gain", 0.5), start.get("settings"));
        @SuppressWarnings("unchecked")
        Map<String, Object> therapy = (Map<String, Object>) start.get("therapy");
        assertEquals(Map.of("type", "exponential", "peakMinutes", 75, "durationMinutes", 360), therapy.get("insulinCurve"));
        @SuppressWarnings("unchecked")
        Map<String, Object> obs = (Map<String, Object>) first.info().get("observation");
        assertEquals("2026-01-01T07:05:00Z", obs.get("time"));
        assertEquals(123.4, obs.get("cgmMgDl"));
        assertEquals(List.of(Map.of("minute", 420.0, "kind", "bolus-started", "units", 2.0)), obs.get("pumpEvents"));

        Command second = c.decide(observation(430, null, 0));
        assertEquals(0.0, second.bolusUnits());
        assertEquals(2, second.info().get("count"));
        c.close();
        assertTrue(Files.readString(dir.resolve("logs/controller.stderr.log")).contains("end received"),
                "the process was sent the end line and exited on it");
        assertNoControllerThreadsLeft();
    }

    @Test
    void crashIsReportedWithTheExitCodeAndTheTracebackFromStderr() throws Exception {
        ExternalProcessController c = scripted(5_000, "crash", "2");
        c.start(ProtocolCodecTest.designStart(null));
        c.decide(observation(5, 120.0, 0));
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.decide(observation(10, 118.0, 0)));
        assertTrue(e.getMessage().startsWith("external controller [python3 scripted_controller.py crash 2] (scripted crash)"
                + " exited with code 1 before answering the observation at minute 10.0"), e.getMessage());
        assertTrue(e.getMessage().contains("| about to divide by zero"), e.getMessage());
        assertTrue(e.getMessage().contains("ZeroDivisionError"), e.getMessage());
        c.close();
        assertNoControllerThreadsLeft();
    }

    @Test
    void hangIsReportedAtTheTimeOutAndTheProcessIsKilled() throws Exception {
        ExternalProcessController c = scripted(500, "hang", "1");
        c.start(ProtocolCodecTest.designStart(null));
        ExternalControllerException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ExternalControllerException.class, () -> c.decide(observation(5, 120.0, 0))));
        assertTrue(e.getMessage().contains("did not answer the observation at minute 5.0 within 500 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("its stderr (") && e.getMessage().contains(") is empty"), e.getMessage());
        c.close();
        assertNoControllerThreadsLeft();
    }

    @Test
    void garbageLineIsQuotedInTheError() throws Exception {
        ExternalProcessController c = scripted(5_000, "garbage");
        c.start(ProtocolCodecTest.designStart(null));
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.decide(observation(5, 120.0, 0)));
        assertTrue(e.getMessage().contains("wrote a line that is not valid JSON: 'this is not json'"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> c.decide(observation(10, 120.0, 0)),
                "a failed controller is not asked again");
    }

    @Test
    void commandInsteadOfReadyIsOutOfOrder() throws Exception {
        ExternalProcessController c = scripted(5_000, "command-first");
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.start(ProtocolCodecTest.designStart(null)));
        assertTrue(e.getMessage().contains("answered the start line with a 'command' line"), e.getMessage());
    }

    @Test
    void twoAnswersToOneObservationAreOutOfOrder() throws Exception {
        ExternalProcessController c = scripted(5_000, "double-answer");
        c.start(ProtocolCodecTest.designStart(null));
        // The extra answer is found before the next observation is sent — at the latest one exchange later,
        // since the extra line may still be in flight at the first check.
        ExternalControllerException e = assertThrows(ExternalControllerException.class, () -> {
            for (int i = 1; i <= 10; i++) {
                c.decide(observation(5 * i, 120.0, 0));
            }
        });
        assertTrue(e.getMessage().contains("wrote a line nobody asked for"), e.getMessage());
    }

    @Test
    void anotherProtocolVersionIsRefusedAtStart() throws Exception {
        ExternalProcessController c = scripted(5_000, "protocol-2");
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.start(ProtocolCodecTest.designStart(null)));
        assertTrue(e.getMessage().contains("announced protocol 2 in its ready line; vpsim speaks protocol 1"), e.getMessage());
    }

    @Test
    void errorQuotesTheLastTwentyLinesOfStderrOnly() throws Exception {
        ExternalProcessController c = scripted(5_000, "noisy-crash");
        c.start(ProtocolCodecTest.designStart(null));
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.decide(observation(5, 120.0, 0)));
        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("| noise line 31\n") && e.getMessage().endsWith("| noise line 50"), e.getMessage());
        assertFalse(e.getMessage().contains("noise line 30\n"), e.getMessage());
    }

    @Test
    void processIgnoringTheEndLineIsKilledAfterTheGracePeriod() throws Exception {
        ExternalProcessController c = scripted(5_000, "ignore-end");
        c.start(ProtocolCodecTest.designStart(null));
        c.decide(observation(5, 120.0, 0));
        assertTimeoutPreemptively(Duration.ofSeconds(30), c::close);
        assertTrue(Files.readString(dir.resolve("logs/controller.stderr.log")).contains("end received"));
        assertNoControllerThreadsLeft();
    }

    @Test
    void missingProgramIsReportedAtStart() {
        ExternalProcessController c = new ExternalProcessController(List.of("./no-such-controller"), dir, 1_000,
                dir.resolve("err.log"));
        opened.add(c);
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.start(ProtocolCodecTest.designStart(null)));
        assertTrue(e.getMessage().startsWith("could not start the external controller [./no-such-controller] in " + dir.toAbsolutePath()),
                e.getMessage());
    }

    @Test
    void missingScriptIsAnEarlyExitWithPythonsOwnMessage() {
        ExternalProcessController c = new ExternalProcessController(List.of("python3", "no_such_script.py"), dir, 5_000,
                dir.resolve("err.log"));
        opened.add(c);
        ExternalControllerException e = assertThrows(ExternalControllerException.class,
                () -> c.start(ProtocolCodecTest.designStart(null)));
        assertTrue(e.getMessage().contains("exited with code 2 before answering the start line"), e.getMessage());
        assertTrue(e.getMessage().contains("no_such_script.py"), e.getMessage());
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectoryNotTheJvmsOwn() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("controllers"));
        Files.copy(Path.of(getClass().getResource("scripted_controller.py").toURI()), sub.resolve("ctl.py"));
        Path wrapper = sub.resolve("run.sh");
        Files.writeString(wrapper, "#!/bin/sh\nexec python3 \"$(dirname \"$0\")/ctl.py\" good\n");
        assertTrue(wrapper.toFile().setExecutable(true));
        for (List<String> command : List.of(List.of("python3", "controllers/ctl.py", "good"), List.of("controllers/run.sh"))) {
            ExternalProcessController c = new ExternalProcessController(command, dir, 5_000, dir.resolve("err.log"));
            opened.add(c);
            c.start(ProtocolCodecTest.designStart(null));
            assertEquals(3.0, c.decide(observation(5, 120.0, 30)).bolusUnits(), 1e-12, command.toString());
            c.close();
        }
    }

    @Test
    void commandProblemsAreFoundBeforeAnythingRuns() throws Exception {
        Files.writeString(dir.resolve("ctl.py"), "print()\n");
        assertEquals(java.util.Optional.empty(), ExternalProcessController.findProblem(List.of("python3", "ctl.py", "--gain", "0.5"), dir));
        assertEquals(java.util.Optional.of("command[1]: 'clt.py' does not exist in " + dir.toAbsolutePath()),
                ExternalProcessController.findProblem(List.of("python3", "clt.py"), dir));
        assertEquals(java.util.Optional.of("command[0]: 'pythonn3' is not a program on the PATH"),
                ExternalProcessController.findProblem(List.of("pythonn3", "ctl.py"), dir));
        assertEquals(java.util.Optional.of("command[0]: './ctl.py' is not executable (chmod +x, or start it with its interpreter)"),
                ExternalProcessController.findProblem(List.of("./ctl.py"), dir));
        assertEquals(java.util.Optional.of("command[0]: 'bin/ctl' does not exist in " + dir.toAbsolutePath()),
                ExternalProcessController.findProblem(List.of("bin/ctl"), dir));
    }

    /** Reader and writer threads end with the process (they are daemons; this checks they do not linger). */
    private static void assertNoControllerThreadsLeft() throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            boolean any = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("vpsim-external-") && t.isAlive());
            if (!any) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("controller pipe threads still alive after close()");
    }
}
