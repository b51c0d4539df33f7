package org.vpsim.scenario.run.external;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vpsim.controller.BasalRate;
import org.vpsim.controller.CgmReading;
import org.vpsim.controller.Command;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Delivery;
import org.vpsim.controller.DeviceEvent;
import org.vpsim.controller.Observation;
import org.vpsim.controller.PumpLimits;
import org.vpsim.controller.PumpState;
import org.vpsim.controller.TempBasalChange;
import org.vpsim.controller.TempBasalState;
import org.vpsim.controller.Therapy;

/**
 * The JSON form of the external controller protocol, version 1 (DESIGN.md, "External controller
 * protocol"): the {@code start}, {@code observation} and {@code end} lines vpsim writes and the
 * {@code ready} and {@code command} lines it reads. One object per line, fields in the order the
 * protocol shows them.
 *
 * <p>Numbers: measured quantities (minutes, mg/dL, units) are written as JSON doubles with Java's
 * shortest round-trip decimal form ({@code 425.0}, {@code 0.025}), so a controller parsing them gets
 * back the exact double vpsim holds — the both-ways test depends on that. The fields the protocol
 * shows as whole numbers ({@code sampleMinutes}, curve and temp-basal minutes, pump limits) are
 * written without a fraction when they are whole. Both are deterministic.
 *
 * <p>Reading is lenient where the protocol allows it (unknown fields are ignored; an absent
 * {@code bolusUnits}, {@code tempBasal}, {@code suspend}, {@code resume} or {@code info} means
 * "nothing") and strict everywhere else: a wrong type or an impossible value is a
 * {@link ProtocolViolation} naming the field in plain words.
 */
final class ProtocolCodec {
    static final int PROTOCOL_VERSION = 1;
    static final String END_LINE = "{\"type\":\"end\"}";
    /** How much of an offending line an error message quotes. */
    private static final int EXCERPT_CHARS = 200;

    /** Configured once and never changed: thread-safe. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProtocolCodec() {
    }

    // ---------------------------------------------------------------- vpsim → controller

    /** The {@code start} line. */
    static String startLine(ControllerStart s) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "start");
            g.writeNumberField("protocol", PROTOCOL_VERSION);
            g.writeStringField("patient", s.patient());
            g.writeStringField("arm", s.arm());
            g.writeStringField("start", s.startTime());
            g.writeStringField("timeZone", s.timeZone());
            whole(g, "sampleMinutes", s.sampleMinutes());
            g.writeFieldName("settings");
            g.writeObject(s.settings().values());
            Therapy t = s.therapy();
            g.writeObjectFieldStart("therapy");
            g.writeArrayFieldStart("basalProfile");
            for (BasalRate r : t.basalProfile()) {
                g.writeStartObject();
                g.writeStringField("start", r.start());
                g.writeNumberField("unitsPerHour", r.unitsPerHour());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("carbRatioGramsPerUnit", t.carbRatioGramsPerUnit());
            g.writeNumberField("isfMgDlPerUnit", t.isfMgDlPerUnit());
            g.writeNumberField("targetMgDl", t.targetMgDl());
            g.writeObjectFieldStart("insulinCurve");
            g.writeStringField("type", t.insulinCurve().type());
            whole(g, "peakMinutes", t.insulinCurve().peakMinutes());
            whole(g, "durationMinutes", t.insulinCurve().durationMinutes());
            g.writeEndObject();
            g.writeNumberField("weightKg", t.weightKg());
            g.writeEndObject();
            PumpLimits p = s.pump();
            g.writeObjectFieldStart("pump");
            whole(g, "maxBasalUnitsPerHour", p.maxBasalUnitsPerHour());
            whole(g, "maxBolusUnits", p.maxBolusUnits());
            g.writeNumberField("bolusIncrementUnits", p.bolusIncrementUnits());
            g.writeNumberField("basalIncrementUnitsPerHour", p.basalIncrementUnitsPerHour());
            whole(g, "maxTempBasalMinutes", p.maxTempBasalMinutes());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** The {@code observation} line; {@code time} is {@code start} + {@code minute} (to the millisecond). */
    static String observationLine(Observation o, Instant start) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "observation");
            g.writeNumberField("minute", o.minute());
            g.writeStringField("time", start.plusMillis(Math.round(o.minute() * 60_000.0)).toString());
            g.writeFieldName("cgmMgDl");
            if (o.cgmMgDl() == null) {
                g.writeNull();
            } else {
                g.writeNumber(o.cgmMgDl());
            }
            g.writeArrayFieldStart("cgmHistory");
            for (CgmReading r : o.cgmHistory()) {
                g.writeStartObject();
                g.writeNumberField("minute", r.minute());
                g.writeNumberField("mgDl", r.mgDl());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("announcedCarbsGrams", o.announcedCarbsGrams());
            g.writeNumberField("iobUnits", o.iobUnits());
            PumpState p = o.pump();
            g.writeObjectFieldStart("pump");
            g.writeStringField("status", p.status());
            g.writeNumberField("statusSinceMinute", p.statusSinceMinute());
            g.writeNumberField("reservoirUnits", p.reservoirUnits());
            g.writeNumberField("scheduledBasalUnitsPerHour", p.scheduledBasalUnitsPerHour());
            g.writeFieldName("tempBasal");
            TempBasalState tb = p.tempBasal();
            if (tb == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeNumberField("unitsPerHour", tb.unitsPerHour());
                g.writeNumberField("startedMinute", tb.startedMinute());
                whole(g, "durationMinutes", tb.durationMinutes());
                g.writeNumberField("remainingMinutes", tb.remainingMinutes());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("deliveries");
            for (Delivery d : o.deliveries()) {
                g.writeStartObject();
                g.writeNumberField("minute", d.minute());
                g.writeNumberField("units", d.units());
                g.writeStringField("kind", d.kind());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pumpEvents");
            for (DeviceEvent e : o.pumpEvents()) {
                // Optional fields appear only where they apply (the protocol's "where they apply").
                g.writeStartObject();
                g.writeNumberField("minute", e.minute());
                g.writeStringField("kind", e.kind());
                if (e.units() != null) {
                    g.writeNumberField("units", e.units());
                }
                if (e.unitsPerHour() != null) {
                    g.writeNumberField("unitsPerHour", e.unitsPerHour());
                }
                if (e.durationMinutes() != null) {
                    whole(g, "durationMinutes", e.durationMinutes());
                }
                if (e.reason() != null) {
                    g.writeStringField("reason", e.reason());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    // ---------------------------------------------------------------- controller → vpsim

    /** Reads the answer to the start line; returns the controller's {@code name} ("" when it gives none). */
    static String readReady(String line) throws ProtocolViolation {
        JsonNode n = object(line);
        String type = type(n, line);
        if (!"ready".equals(type)) {
            throw new ProtocolViolation("answered the start line with a '" + type
                    + "' line; the protocol expects {\"type\":\"ready\",\"protocol\":1,…} first");
        }
        JsonNode protocol = n.get("protocol");
        if (protocol == null || !protocol.isNumber() || protocol.asDouble() != PROTOCOL_VERSION) {
            throw new ProtocolViolation("announced protocol " + (protocol == null ? "(none)" : protocol.toString())
                    + " in its ready line; vpsim speaks protocol 1, so the ready line must say \"protocol\":1");
        }
        JsonNode name = n.get("name");
        return name != null && name.isTextual() ? name.asText() : "";
    }

    /** Reads the answer to an observation. */
    static Command readCommand(String line) throws ProtocolViolation {
        JsonNode n = object(line);
        String type = type(n, line);
        if (!"command".equals(type)) {
            throw new ProtocolViolation("answered an observation with a '" + type
                    + "' line; the protocol expects exactly one {\"type\":\"command\",…} line per observation");
        }
        double bolusUnits = 0;
        JsonNode b = n.get("bolusUnits");
        if (present(b)) {
            if (!b.isNumber() || !Double.isFinite(b.asDouble()) || b.asDouble() < 0) {
                throw invalidField("bolusUnits", b, "a number of units ≥ 0 (0 for no bolus)");
            }
            bolusUnits = b.asDouble();
        }
        TempBasalChange tempBasal = tempBasal(n.get("tempBasal"));
        boolean suspend = flag(n, "suspend");
        boolean resume = flag(n, "resume");
        if (suspend && resume) {
            throw new ProtocolViolation("sent a command with suspend and resume both true; at most one may be true");
        }
        Map<String, Object> info = Map.of();
        JsonNode i = n.get("info");
        if (present(i)) {
            if (!i.isObject()) {
                throw invalidField("info", i, "a JSON object (or null)");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = MAPPER.convertValue(i, LinkedHashMap.class);
            info = m;
        }
        return new Command(bolusUnits, tempBasal, suspend, resume, info);
    }

    private static TempBasalChange tempBasal(JsonNode t) throws ProtocolViolation {
        String allowed = "null (leave it), \"cancel\" or {\"unitsPerHour\": a number ≥ 0, \"durationMinutes\": a number > 0}";
        if (!present(t)) {
            return null;
        }
        if (t.isTextual()) {
            if ("cancel".equals(t.asText())) {
                return TempBasalChange.cancel();
            }
            throw invalidField("tempBasal", t, allowed);
        }
        if (!t.isObject()) {
            throw invalidField("tempBasal", t, allowed);
        }
        JsonNode rate = t.get("unitsPerHour");
        JsonNode duration = t.get("durationMinutes");
        if (rate == null || !rate.isNumber() || !Double.isFinite(rate.asDouble()) || rate.asDouble() < 0) {
            throw invalidField("tempBasal.unitsPerHour", rate, "a number ≥ 0 (U/h)");
        }
        if (duration == null || !duration.isNumber() || !Double.isFinite(duration.asDouble())
                || duration.asDouble() <= 0) {
            throw invalidField("tempBasal.durationMinutes", duration, "a number > 0 (minutes)");
        }
        return TempBasalChange.start(rate.asDouble(), duration.asDouble());
    }

    private static boolean flag(JsonNode command, String field) throws ProtocolViolation {
        JsonNode f = command.get(field);
        if (!present(f)) {
            return false;
        }
        if (!f.isBoolean()) {
            throw invalidField(field, f, "true or false");
        }
        return f.asBoolean();
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    private static ProtocolViolation invalidField(String field, JsonNode value, String allowed) {
        return new ProtocolViolation("sent a command whose " + field + " is "
                + (value == null ? "missing" : excerpt(value.toString())) + "; expected " + allowed);
    }

    private static JsonNode object(String line) throws ProtocolViolation {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ProtocolViolation("wrote a line that is not valid JSON: " + quote(line));
        }
        if (n == null || !n.isObject()) {
            throw new ProtocolViolation("wrote a line that is not a JSON object: " + quote(line));
        }
        return n;
    }

    private static String type(JsonNode n, String line) throws ProtocolViolation {
        JsonNode t = n.get("type");
        if (t == null || !t.isTextual()) {
            throw new ProtocolViolation("wrote a line without a \"type\" text field: " + quote(line));
        }
        return t.asText();
    }

    /** A line as a message quotes it: in quotes, cut at {@value #EXCERPT_CHARS} characters. */
    static String quote(String line) {
        return line.isEmpty() ? "an empty line" : "'" + excerpt(line) + "'";
    }

    private static String excerpt(String s) {
        return s.length() <= EXCERPT_CHARS ? s : s.substring(0, EXCERPT_CHARS) + "… (" + s.length() + " characters)";
    }

    // ---------------------------------------------------------------- writing helpers

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = MAPPER.createGenerator(w)) {
            body.write(g);
        } catch (IOException e) {
            // A StringWriter does not fail; a settings value Jackson cannot write would be a bug upstream.
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A number the protocol shows as whole ({@code 5}, {@code 360}): without a fraction when it is whole. */
    private static void whole(JsonGenerator g, String field, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, (long) v);
        } else {
            g.writeNumberField(field, v);
        }
    }
}
