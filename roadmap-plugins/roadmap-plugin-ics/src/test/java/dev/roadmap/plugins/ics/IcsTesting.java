package dev.roadmap.plugins.ics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

/** Reads exporter output back with ical4j's own parser, as a calendar app would. */
final class IcsTesting {
    private IcsTesting() {
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not valid iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static List<VEvent> events(String ics) {
        return parse(ics).getComponents(VEvent.VEVENT);
    }

    static String text(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue)
                .orElseThrow(() -> new AssertionError(property + " missing in " + event));
    }

    static String summary(VEvent event) {
        return text(event, Property.SUMMARY);
    }

    static String uid(VEvent event) {
        return text(event, Property.UID);
    }

    static LocalDate start(VEvent event) {
        return date(event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate());
    }

    static LocalDate end(VEvent event) {
        return date(event.<DtEnd<Temporal>>getProperty(Property.DTEND).orElseThrow().getDate());
    }

    private static LocalDate date(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        throw new AssertionError("expected an all-day date, got " + t.getClass().getName() + " " + t);
    }
}
