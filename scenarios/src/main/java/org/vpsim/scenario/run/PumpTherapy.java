package org.vpsim.scenario.run;

import java.util.Locale;
import org.vpsim.pump.device.BolusRequest;
import org.vpsim.pump.device.InsulinLedger;
import org.vpsim.pump.device.InsulinPump;

/** An insulin pump as an arm's {@link TherapyDevice}: every call goes to the {@link InsulinPump} unchanged. */
final class PumpTherapy implements TherapyDevice {
    private final InsulinPump pump;

    PumpTherapy(InsulinPump pump) {
        this.pump = pump;
    }

    InsulinPump pump() {
        return pump;
    }

    @Override
    public void start() {
        pump.start();
    }

    @Override
    public void bolus(double units) {
        pump.requestBolus(BolusRequest.normal(units));
    }

    @Override
    public double bolusIncrementUnits() {
        return pump.spec().bolusIncrementUnits();
    }

    @Override
    public double maxBolusUnits() {
        return pump.spec().maxBolusUnits();
    }

    @Override
    public boolean basalAdjustable() {
        return true;
    }

    @Override
    public void suspend(String reason) {
        pump.suspend(reason);
    }

    @Override
    public void resume() {
        pump.resume();
    }

    @Override
    public void cancelTempBasal() {
        pump.cancelTempBasal();
    }

    @Override
    public boolean setTempBasal(double unitsPerHour, long durationMillis) {
        return pump.setTempBasalAbsolute(unitsPerHour, durationMillis);
    }

    @Override
    public boolean changeSet() {
        pump.changeSet();
        return true;
    }

    @Override
    public boolean tempBasalActive() {
        return pump.tempBasalActive();
    }

    @Override
    public double programmedBasalUnitsPerHour() {
        return pump.programmedBasalUnitsPerHour();
    }

    @Override
    public String status() {
        return pump.status().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public double observedReservoirUnits() {
        return pump.reservoirUnits();
    }

    @Override
    public double scheduledBasalUnitsPerHour() {
        return pump.scheduledBasalUnitsPerHour();
    }

    @Override
    public double currentBasalUnitsPerHour() {
        return pump.currentBasalUnitsPerHour();
    }

    @Override
    public double deliveredToPatientUnits() {
        return pump.ledger().deliveredToPatientUnits();
    }

    @Override
    public double bolusUnits() {
        return pump.ledger().bolusDeliveredUnits();
    }

    @Override
    public double basalUnits() {
        return pump.ledger().basalDeliveredUnits();
    }

    @Override
    public Double rowReservoirUnits() {
        // The reservoir itself, not a whole ledger snapshot (one object fewer per row; the same number).
        return pump.reservoirUnits();
    }

    @Override
    public String rowStatus() {
        return pump.status().name();
    }

    InsulinLedger ledger() {
        return pump.ledger();
    }
}
