package dev.roadmap.cli;

import dev.roadmap.core.RoadmapException;
import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.spi.InvalidOptionException;
import java.util.function.Supplier;

/**
 * Calls into providers (exporters, schedulers) so that a provider breaking its contract with an
 * unexpected exception is reported as that provider's failure, by id and class, instead of as an
 * internal error of the command line. The catch-alls here are the deliberate plugin-isolation
 * boundary of the command line: providers are third-party code, and a bug in one must be reported
 * against it (exit 1, {@code plugin-failed}), not as a crash.
 */
final class PluginCalls {
    private PluginCalls() {
    }

    /** A provider call that may throw an I/O error. */
    interface IoCall {
        void run() throws java.io.IOException;
    }

    static void run(String kind, String id, Object provider, IoCall call) throws java.io.IOException {
        try {
            call.run();
        } catch (InvalidOptionException e) {
            throw CliException.usage("--option: " + e.plainMessage());
        } catch (RoadmapException | CliException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(kind, id, provider, e);
        }
    }

    static <T> T get(String kind, String id, Object provider, Supplier<T> call) {
        try {
            return call.get();
        } catch (RoadmapException | CliException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(kind, id, provider, e);
        }
    }

    private static CliException failed(String kind, String id, Object provider, Throwable e) {
        CliException c = CliException.invalid("roadmap: error: " + kind + " '" + id + "' (" + provider.getClass().getName()
                + " from " + PluginRegistry.originOf(provider) + ") failed: " + e + " [plugin-failed]");
        c.initCause(e);
        return c;
    }
}
