package dev.roadmap.cli;

import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.core.validate.ValidationRule;
import dev.roadmap.core.validate.Validator;
import dev.roadmap.spi.FormatDescriptor;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code roadmap formats}: the importers, exporters, schedulers and rules found, with their origin. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List importers, exporters, schedulers and validation rules, with where they come from.")
final class FormatsCommand extends Subcommand {
    @Override
    int run(Context ctx) {
        PluginRegistry r = ctx.engine().registry();
        PrintWriter out = ctx.out;
        out.println("Importers:");
        r.importers().values().forEach(p -> row(out, p.descriptor(), p));
        out.println("Roadmap exporters:");
        r.exporters().values().forEach(p -> row(out, p.descriptor(), p));
        out.println("Plan exporters:");
        r.planExporters().values().forEach(p -> row(out, p.descriptor(), p));
        out.println("Schedulers:");
        r.schedulers().values().forEach(s -> out.printf("  %-14s %-36s %s%n", s.id(), s.displayName(), PluginRegistry.originOf(s)));
        out.println("Validation rules:");
        for (ValidationRule rule : Validator.standard().rules()) {
            out.printf("  %-24s %s (built-in)%n", rule.id(), rule.description());
        }
        for (ValidationRule rule : r.validationRules().values()) {
            out.printf("  %-24s %s (%s)%n", rule.id(), rule.description(), PluginRegistry.originOf(rule));
        }
        if (!r.problems().isEmpty()) {
            out.println("Problems:");
            r.problems().forEach(p -> out.println("  " + p));
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, FormatDescriptor d, Object provider) {
        String ext = d.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" "));
        out.printf("  %-14s %-36s %-16s %s%n", d.id(), d.displayName(), ext, PluginRegistry.originOf(provider));
    }
}
