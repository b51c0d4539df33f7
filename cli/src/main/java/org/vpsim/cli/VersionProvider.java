package org.vpsim.cli;

import org.vpsim.results.manifest.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"vpsim " + version() + " (commit " + BuildInfo.current().commit() + ")"};
    }

    /** The version built into the results library (resource filtering), or the jar's Implementation-Version. */
    static String version() {
        String v = BuildInfo.current().version();
        if (!BuildInfo.UNKNOWN.equals(v)) {
            return v;
        }
        v = VpsimCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
