package dev.roadmap.plugins.html;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.plugins.html.internal.HtmlReport;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.PlanExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes a plan as one self-contained HTML page (format id {@code html}) to open in a browser: the
 * summary (finish date, weeks, lower bound, quality), progress so far (done skills, ticked topics),
 * the plan as an SVG timeline with a "today" line, the prerequisite DAG as an SVG in a layered
 * layout, the week-by-week table, and the skills left out.
 *
 * <pre>{@code
 * String html = new HtmlPlanExporter(LocalDate.of(2027, 2, 1)).writeToString(plan, roadmap);
 * }</pre>
 *
 * <p>The page makes no network request: styles and pictures are inline, there is no script, and a
 * {@code Content-Security-Policy} of {@code default-src 'none'} tells the browser to refuse any
 * fetch. All text is escaped for HTML and XML, and every SVG is well-formed XML. Wide and tall
 * drawings scroll inside their section; labels are cut to fit with the full title in a tooltip, so
 * roadmaps of hundreds of skills stay readable.
 *
 * <p>"Today" is the only input besides the plan: the no-argument constructor (used by
 * {@link java.util.ServiceLoader}) takes it from the system clock when writing. Per call, the option
 * {@link #TODAY} fixes the day and {@link #TODAY_LINE} {@code false} leaves the line out (see
 * {@link FormatOptions}); tests and reproducible builds pass one of them, or build the exporter with a
 * fixed day. UTF-8; the stream is flushed, never closed. Thread-safe.
 *
 * <pre>{@code
 * String html = new HtmlPlanExporter().writeToString(plan, roadmap,
 *         FormatOptions.builder().set(HtmlPlanExporter.TODAY, LocalDate.of(2027, 2, 1)).build());
 * }</pre>
 */
public final class HtmlPlanExporter implements PlanExporter {
    /** Option {@code html.today}: the day to mark on the timeline (text form {@code 2027-02-01}). */
    public static final FormatOptions.Key<LocalDate> TODAY = FormatOptions.Key.of("html.today", LocalDate.class, LocalDate::parse);
    /** Option {@code html.today-line}: {@code false} draws no "today" line, so the output depends on the plan alone. */
    public static final FormatOptions.Key<Boolean> TODAY_LINE = FormatOptions.Key.of("html.today-line", Boolean.class,
            HtmlPlanExporter::parseBoolean);
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("html", "HTML plan report", "html", "htm");

    private final Supplier<Optional<LocalDate>> today;
    private final Optional<LocalDate> baselineFinish;

    /** Creates the exporter with "today" from the system clock (unless a call's options say otherwise). */
    public HtmlPlanExporter() {
        this(Clock.systemDefaultZone());
    }

    /**
     * @param clock the clock that says what day it is when writing
     */
    public HtmlPlanExporter(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        this.today = () -> Optional.of(LocalDate.now(clock));
        this.baselineFinish = Optional.empty();
    }

    /**
     * @param today the day to mark on the timeline (no line when it falls outside the plan)
     */
    public HtmlPlanExporter(LocalDate today) {
        Objects.requireNonNull(today, "today must not be null");
        this.today = () -> Optional.of(today);
        this.baselineFinish = Optional.empty();
    }

    /** @return an exporter that never draws a "today" line: its output depends on the plan alone */
    public static HtmlPlanExporter withoutToday() {
        return new HtmlPlanExporter(Optional.empty());
    }

    private HtmlPlanExporter(Optional<LocalDate> fixed) {
        this.today = () -> fixed;
        this.baselineFinish = Optional.empty();
    }

    private HtmlPlanExporter(Supplier<Optional<LocalDate>> today, Optional<LocalDate> baselineFinish) {
        this.today = today;
        this.baselineFinish = baselineFinish;
    }

    /**
     * For a plan made with a progress log: compares it with the plan the learner started from, drawing
     * the baseline's finish as a dashed line on the timeline and saying in the summary how many weeks
     * ahead or behind the plan is.
     *
     * @param baseline the plan the learner started from
     * @return a new exporter with the same "today" and this baseline
     */
    public HtmlPlanExporter withBaseline(Plan baseline) {
        Objects.requireNonNull(baseline, "baseline must not be null");
        return new HtmlPlanExporter(today, Optional.of(baseline.totalWeeks() == 0 ? baseline.start() : baseline.end()));
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        write(plan, roadmap, out, FormatOptions.none());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads {@link #TODAY} and {@link #TODAY_LINE}.
     */
    @Override
    public void write(Plan plan, Roadmap roadmap, OutputStream out, FormatOptions options) throws IOException {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Optional<LocalDate> day = options.get(TODAY_LINE).orElse(true)
                ? options.get(TODAY).or(today) : Optional.empty();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HtmlReport.render(plan, roadmap, day, baselineFinish));
        w.flush();
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no", "none" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
