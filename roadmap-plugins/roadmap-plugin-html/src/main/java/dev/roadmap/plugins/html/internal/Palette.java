package dev.roadmap.plugins.html.internal;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.Track;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per track, in the roadmap's track order, from a palette that stays distinguishable
 * for the common kinds of colour blindness (Okabe and Ito's, extended). Skills without a track use
 * grey. Colours repeat after the palette runs out; the legend still names each track.
 */
public final class Palette {
    /** The colour of skills that belong to no track. */
    public static final String NO_TRACK = "#8a8f98";
    private static final List<String> COLOURS = List.of(
            "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#b8a400", "#6a51a3", "#1b9e77", "#a6761d");

    private final Map<String, String> byTrack = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    /** @param roadmap the roadmap whose tracks get colours */
    public Palette(Roadmap roadmap) {
        int i = 0;
        for (Track t : roadmap.tracks()) {
            byTrack.put(t.id(), COLOURS.get(i++ % COLOURS.size()));
            titles.put(t.id(), t.title().isBlank() ? t.id() : t.title());
        }
        for (Skill s : roadmap.skills()) {
            String track = trackOf(s);
            if (!track.isEmpty() && !byTrack.containsKey(track)) {
                byTrack.put(track, COLOURS.get(i++ % COLOURS.size()));
                titles.put(track, track);
            }
        }
    }

    /**
     * @param skill a skill
     * @return its track id, or for a rigid skill without one the first track it uses; empty if none
     */
    public static String trackOf(Skill skill) {
        if (!skill.track().isBlank()) {
            return skill.track();
        }
        return skill.rigidPace().flatMap(p -> p.hoursPerWeek().keySet().stream().sorted().findFirst()).orElse("");
    }

    /**
     * @param skill a skill
     * @return its colour as {@code #rrggbb}
     */
    public String colour(Skill skill) {
        return byTrack.getOrDefault(trackOf(skill), NO_TRACK);
    }

    /** @return track id to colour, in legend order */
    public Map<String, String> colours() {
        return java.util.Collections.unmodifiableMap(byTrack);
    }

    /**
     * @param track a track id
     * @return its display title
     */
    public String title(String track) {
        return titles.getOrDefault(track, track);
    }
}
