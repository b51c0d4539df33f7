package org.vpsim.patient.uva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vpsim.patient.PatientModel;
import org.vpsim.patient.PatientModels;

class UvaPadovaCohortTest {
    private final UvaPadovaCohort cohort = UvaPadovaCohort.standard();

    @Test
    void thirtyPatientsInThreeGroupsOfTen() {
        assertEquals(30, cohort.patientNames().size());
        assertEquals(30, cohort.resolve("all").size());
        assertEquals(10, cohort.resolve("adolescents").size());
        assertEquals(10, cohort.resolve("adults").size());
        assertEquals(10, cohort.resolve("children").size());
        assertEquals("adolescent#001", cohort.patientNames().get(0));
        assertEquals("child#010", cohort.patientNames().get(29));
        assertTrue(cohort.resolve("children").stream().allMatch(m -> m.patientName().startsWith("child#")));
    }

    @Test
    void figuresMatchTheSimglucoseTables() {
        // vpatient_params.csv, child#001: BW 34.55, Vg 1.9152, kabs 0.1, u2ss 0.70557731359; Quest CR 28, TDI 17.4…
        UvaPadovaPatient child = cohort.patient("child#001").patient();
        assertEquals("child#001", child.name());
        assertEquals(13, child.initialState().length);
        assertEquals(child.initialState()[3] / child.parameters().vgDlPerKg(),
                cohort.patient("child#001").plasmaGlucoseMgDl(child.initialState()));
        UvaPadovaPatient adolescent = cohort.patient("adolescent#001").patient();
        assertEquals(68.706, adolescent.parameters().bodyWeightKg());
        assertEquals(1.6818, adolescent.parameters().vgDlPerKg());
        assertEquals(0.015865, adolescent.parameters().kmaxPerMin());
        assertEquals(1.21697571391, adolescent.parameters().u2ssPmolPerKgMin());
        assertEquals(250.621836, adolescent.initialState()[3]);
        assertEquals(12.0, adolescent.carbRatioGramsPerUnit());
        assertEquals(15.0360283441, adolescent.correctionFactorMgDlPerUnit());
        assertEquals(18.0, adolescent.ageYears());
        assertEquals(36.7339146827, adolescent.totalDailyInsulinUnits());
    }

    @Test
    void checksumIsTheSha256OfTheResourceAndTheSourceIsNamed() throws Exception {
        byte[] bytes;
        try (InputStream in = UvaPadovaCohort.class.getResourceAsStream(UvaPadovaCohort.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, cohort.parameterSetSha256());
        assertEquals(64, cohort.parameterSetSha256().length());
        assertTrue(cohort.source().contains("simglucose 0.2.11"), cohort.source());
        assertTrue(cohort.source().contains("vpatient_params.csv") && cohort.source().contains("Quest.csv"));
    }

    @Test
    void unknownPatientNamesItAndListsValidNamesAndGroups() {
        var e = assertThrows(IllegalArgumentException.class, () -> cohort.resolve("adult#011"));
        assertTrue(e.getMessage().contains("adult#011"), e.getMessage());
        assertTrue(e.getMessage().contains("adult#001") && e.getMessage().contains("child#010"), e.getMessage());
        assertTrue(e.getMessage().contains("children"), e.getMessage());
    }

    @Test
    void registryFindsTheDefaultModelAndRejectsUnknownIds() {
        assertEquals(List.of("bergman-minimal", "hovorka-2004", "uva-padova-2008"), PatientModels.modelIds());
        PatientModel m = PatientModels.create(PatientModels.DEFAULT_MODEL_ID, "adult#001");
        assertEquals("adult#001", m.patientName());
        assertEquals(13, m.dimension());
        var e = assertThrows(IllegalArgumentException.class, () -> PatientModels.cohort("hovorka-2005"));
        assertTrue(e.getMessage().contains("hovorka-2005") && e.getMessage().contains("uva-padova-2008"),
                e.getMessage());
    }

    @Test
    void parametersRejectInvalidValuesNamingTheField() {
        UvaPadovaParameters p = cohort.patient("adult#001").patient().parameters();
        var e = assertThrows(IllegalArgumentException.class, () -> new UvaPadovaParameters(
                -1, p.kmaxPerMin(), p.kminPerMin(), p.b(), p.d(), p.kabsPerMin(), p.f(), p.kp1MgPerKgMin(),
                p.kp2PerMin(), p.kp3MgPerKgMinPerPmolL(), p.fsncMgPerKgMin(), p.ke1PerMin(), p.ke2MgPerKg(),
                p.k1PerMin(), p.k2PerMin(), p.vm0MgPerKgMin(), p.vmxMgPerKgMinPerPmolL(), p.km0MgPerKg(),
                p.m1PerMin(), p.m2PerMin(), p.m4PerMin(), p.m30PerMin(), p.viLPerKg(), p.ibPmolPerL(),
                p.p2uPerMin(), p.kiPerMin(), p.ka1PerMin(), p.ka2PerMin(), p.kdPerMin(), p.kscPerMin(),
                p.vgDlPerKg(), p.u2ssPmolPerKgMin()));
        assertTrue(e.getMessage().startsWith("bodyWeightKg: -1.0"), e.getMessage());
    }
}
