package org.vpsim.scenario.run.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.InsulinCurve;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.Settings;
import org.vpsim.controller.TempBasalChange;
import org.vpsim.controller.TempBasalState;
import org.vpsim.controller.Therapy;

/** The JSON lines, field for field, against the examples of DESIGN.md's protocol section. */
class ProtocolCodecTest {

    static ControllerStart designStart(Settings settings) {
        Therapy therapy = new Therapy(List.of(new BasalRate(0, 1.2)), 10.0, 40.0, 110.0,
                new InsulinCurve("exponential", 75, 360), 70.0);
        return new ControllerStart("adult#001", "oref0", "2026-01-01T00:00:00Z", "UTC", 0, 5, settings, therapy,
                new PumpLimits(35, 25, 0.025, 0.025, 1440));
    }

    @Test
    void startLineIsTheProtocolsExampleWithTheSettingsHandedThroughUntouched() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("aggressiveness", 2);
        settings.put("targets", List.of(100.5, "night"));
        settings.put("nested", Map.of("on", true));
        String line = ProtocolCodec.startLine(designStart(new Settings(settings)));
        assertEquals("{\"type\":\"start\",\"protocol\":1,\"patient\":\"adult#001\",\"arm\":\"oref0\","
                + "\"start\":\"2026-01-01T00:00:00Z\",\"timeZone\":\"UTC\",\"sampleMinutes\":5,"
                + "\"settings\":{\"aggressiveness\":2,\"targets\":[100.5,\"night\"],\"nested\":{\"on\":true}},"
                + "\"therapy\":{\"basalProfile\":[{\"start\":\"00:00\",\"unitsPerHour\":1.2}],"
                + "\"carbRatioGramsPerUnit\":10.0,\"isfMgDlPerUnit\":40.0,\"targetMgDl\":110.0,"
                + "\"insulinCurve\":{\"type\":\"exponential\",\"peakMinutes\":75,\"durationMinutes\":360},"
                + "\"weightKg\":70.0},\"pump\":{\"maxBasalUnitsPerHour\":35,\"maxBolusUnits\":25,"
                + "\"bolusIncrementUnits\":0.025,\"basalIncrementUnitsPerHour\":0.025,\"maxTempBasalMinutes\":1440}}",
                line);
    }

    @Test
    void basalProfileSegmentsAreWrittenAsHoursAndMinutes() {
        Therapy therapy = new Therapy(List.of(new BasalRate(0, 0.8), new BasalRate(390, 1.05)), 12, 50, 100,
                new InsulinCurve("exponential", 75, 360), 60);
        ControllerStart s = new ControllerStart("p", "a", "2026-01-01T00:00:00Z", "UTC", 0, 5, null, therapy,
                new PumpLimits(35, 25, 0.025, 0.025, 1440));
        assertTrue(ProtocolCodec.startLine(s).contains(
                "\"basalProfile\":[{\"start\":\"00:00\",\"unitsPerHour\":0.8},{\"start\":\"06:30\",\"unitsPerHour\":1.05}]"));
        assertTrue(ProtocolCodec.startLine(s).contains("\"settings\":{}"));
    }

    @Test
    void observationLineIsTheProtocolsExample() {
        Observation o = new Observation(425.0, 425.0, 123.4,
                List.of(new CgmReading(65.0, 130.2), new CgmReading(425.0, 123.4)), 0.0, 1.23,
                new PumpState("running", 0.0, 150.0, 1.2, null),
                List.of(new Delivery(421.5, 0.025, "basal")),
                List.of(new DeviceEvent(420.0, "temp-basal-started", null, 0.5, 30.0, null)));
        assertEquals("{\"type\":\"observation\",\"minute\":425.0,\"time\":\"2026-01-01T07:05:00Z\",\"cgmMgDl\":123.4,"
                + "\"cgmHistory\":[{\"minute\":65.0,\"mgDl\":130.2},{\"minute\":425.0,\"mgDl\":123.4}],"
                + "\"announcedCarbsGrams\":0.0,\"iobUnits\":1.23,"
                + "\"pump\":{\"status\":\"running\",\"statusSinceMinute\":0.0,\"reservoirUnits\":150.0,"
                + "\"scheduledBasalUnitsPerHour\":1.2,\"tempBasal\":null},"
                + "\"deliveries\":[{\"minute\":421.5,\"units\":0.025,\"kind\":\"basal\"}],"
                + "\"pumpEvents\":[{\"minute\":420.0,\"kind\":\"temp-basal-started\",\"unitsPerHour\":0.5,\"durationMinutes\":30}]}",
                ProtocolCodec.observationLine(o, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void missingReadingIsNullRunningTempBasalIsAnObjectAndRefusalsCarryTheirReason() {
        Observation o = new Observation(432.5, 432.5, null, List.of(), 45.0, 0.0,
                new PumpState("suspended", 430.0, 149.2, 1.2, new TempBasalState(0.5, 420.0, 30, 17.5)),
                List.of(),
                List.of(new DeviceEvent(430.0, "bolus-refused", 30.0, null, null, "exceeds max bolus 25 U"),
                        new DeviceEvent(430.0, "suspended", null, null, null, null)));
        String line = ProtocolCodec.observationLine(o, Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(line.contains("\"time\":\"2026-01-01T07:12:30Z\",\"cgmMgDl\":null,\"cgmHistory\":[]"), line);
        assertTrue(line.contains("\"tempBasal\":{\"unitsPerHour\":0.5,\"startedMinute\":420.0,\"durationMinutes\":30,"
                + "\"remainingMinutes\":17.5}"), line);
        assertTrue(line.endsWith("\"pumpEvents\":[{\"minute\":430.0,\"kind\":\"bolus-refused\",\"units\":30.0,"
                + "\"reason\":\"exceeds max bolus 25 U\"},{\"minute\":430.0,\"kind\":\"suspended\"}]}"), line);
    }

    @Test
    void doublesSurviveTheTripExactly() {
        double awkward = 0.1 + 0.2; // 0.30000000000000004
        Observation o = new Observation(5, 5, awkward * 300, List.of(), 0, awkward, new PumpState("running", 0, 1e-7, 1.0 / 3, null),
                List.of(), List.of());
        String line = ProtocolCodec.observationLine(o, Instant.EPOCH);
        assertTrue(line.contains("\"iobUnits\":" + awkward), line);
        assertTrue(line.contains("\"scheduledBasalUnitsPerHour\":" + (1.0 / 3)), line);
        assertEquals(awkward, Double.parseDouble(Double.toString(awkward)));
    }

    @Test
    void commandWithEveryFieldUnknownFieldsIgnoredAndInfoKept() throws ProtocolViolation {
        Command c = ProtocolCodec.readCommand("{\"type\":\"command\",\"bolusUnits\":2.5,\"tempBasal\":{\"unitsPerHour\":0.8,"
                + "\"durationMinutes\":30,\"percent\":50},\"suspend\":false,\"resume\":false,\"v2field\":[1],"
                + "\"info\":{\"reason\":\"meal\",\"predicted\":[120,110.5]}}");
        assertEquals(2.5, c.bolusUnits());
        assertEquals(TempBasalChange.start(0.8, 30), c.tempBasal());
        assertFalse(c.suspend());
        assertEquals("meal", c.reason());
        assertEquals(List.of(120, 110.5), c.info().get("predicted"));
    }

    @Test
    void commandTempBasalCancelNullAndAbsentFields() throws ProtocolViolation {
        assertInstanceOf(TempBasalChange.Cancel.class, ProtocolCodec.readCommand("{\"type\":\"command\",\"tempBasal\":\"cancel\"}").tempBasal());
        Command leave = ProtocolCodec.readCommand("{\"type\":\"command\",\"bolusUnits\":0,\"tempBasal\":null,\"info\":null}");
        assertNull(leave.tempBasal());
        assertTrue(leave.isEmpty());
        assertTrue(ProtocolCodec.readCommand("{\"type\":\"command\"}").isEmpty());
        assertTrue(ProtocolCodec.readCommand("{\"type\":\"command\",\"suspend\":true}").suspend());
        assertTrue(ProtocolCodec.readCommand("{\"type\":\"command\",\"resume\":true}").resume());
    }

    @Test
    void invalidCommandsAreRefusedNamingTheFieldInPlainWords() {
        assertRefused("this is not json", "not valid JSON: 'this is not json'");
        assertRefused("", "not a JSON object: an empty line");
        assertRefused("[1,2]", "not a JSON object");
        assertRefused("{\"type\":\"command\"} trailing", "not valid JSON");
        assertRefused("{\"bolusUnits\":1}", "without a \"type\"");
        assertRefused("{\"type\":\"ready\",\"protocol\":1}", "answered an observation with a 'ready' line");
        assertRefused("{\"type\":\"command\",\"bolusUnits\":-1.0}", "bolusUnits is -1.0; expected a number of units ≥ 0");
        assertRefused("{\"type\":\"command\",\"bolusUnits\":\"2\"}", "bolusUnits is \"2\"");
        assertRefused("{\"type\":\"command\",\"suspend\":true,\"resume\":true}", "suspend and resume both true");
        assertRefused("{\"type\":\"command\",\"suspend\":\"yes\"}", "suspend is \"yes\"; expected true or false");
        assertRefused("{\"type\":\"command\",\"tempBasal\":\"stop\"}", "tempBasal is \"stop\"");
        assertRefused("{\"type\":\"command\",\"tempBasal\":{\"unitsPerHour\":0.5}}", "tempBasal.durationMinutes is missing");
        assertRefused("{\"type\":\"command\",\"tempBasal\":{\"unitsPerHour\":-0.5,\"durationMinutes\":30}}",
                "tempBasal.unitsPerHour is -0.5");
        assertRefused("{\"type\":\"command\",\"tempBasal\":{\"unitsPerHour\":0.5,\"durationMinutes\":0}}",
                "tempBasal.durationMinutes is 0");
        assertRefused("{\"type\":\"command\",\"info\":\"note\"}", "info is \"note\"; expected a JSON object");
        assertRefused("{\"type\":\"command\",\"bolusUnits\":1,\"bolusUnits\":2}", "not valid JSON");
    }

    @Test
    void readyMustSpeakProtocolOne() throws ProtocolViolation {
        assertEquals("mine 1.0", ProtocolCodec.readReady("{\"type\":\"ready\",\"protocol\":1,\"name\":\"mine 1.0\"}"));
        assertEquals("", ProtocolCodec.readReady("{\"type\":\"ready\",\"protocol\":1.0}"));
        ProtocolViolation v = assertThrows(ProtocolViolation.class,
                () -> ProtocolCodec.readReady("{\"type\":\"ready\",\"protocol\":2}"));
        assertTrue(v.getMessage().contains("announced protocol 2"), v.getMessage());
        v = assertThrows(ProtocolViolation.class, () -> ProtocolCodec.readReady("{\"type\":\"ready\"}"));
        assertTrue(v.getMessage().contains("announced protocol (none)"), v.getMessage());
        v = assertThrows(ProtocolViolation.class, () -> ProtocolCodec.readReady("{\"type\":\"command\"}"));
        assertTrue(v.getMessage().contains("answered the start line with a 'command' line"), v.getMessage());
    }

    @Test
    void longLinesAreQuotedShort() {
        String quoted = ProtocolCodec.quote("x".repeat(5000));
        assertTrue(quoted.length() < 260, quoted);
        assertTrue(quoted.endsWith("(5000 characters)'"), quoted);
    }

    private static void assertRefused(String line, String expected) {
        ProtocolViolation v = assertThrows(ProtocolViolation.class, () -> ProtocolCodec.readCommand(line), line);
        assertTrue(v.getMessage().contains(expected), () -> "'" + v.getMessage() + "' lacks '" + expected + "'");
        assertFalse(v.getMessage().contains("com.fasterxml"), v.getMessage());
        assertFalse(v.getMessage().contains("Exception"), v.getMessage());
    }
}
