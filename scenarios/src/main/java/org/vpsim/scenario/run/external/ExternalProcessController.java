package org.vpsim.scenario.run.external;

import java.nio.file.Path;
import java.util.List;
import org.vpsim.controller.Command;
import org.vpsim.controller.Controller;
import org.vpsim.controller.ControllerStart;
import org.vpsim.controller.Observation;

/** PLACEHOLDER until the external branch is merged: replaced by the real implementation. */
public final class ExternalProcessController implements Controller {
    public ExternalProcessController(List<String> command, Path workingDirectory, long timeoutMillis, Path stderrLog) {
    }

    @Override
    public void start(ControllerStart start) {
        throw new IllegalStateException("external controllers are not available in this build");
    }

    @Override
    public Command decide(Observation observation) {
        throw new IllegalStateException("external controllers are not available in this build");
    }
}
