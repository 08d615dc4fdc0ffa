package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.core.Extensions;
import dev.roadmap.core.Resource;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.text.JsonText;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a roadmap.sh content directory: files named {@code <slug>@<nodeId>.md} (searched up to four
 * levels deep) hold a {@code # Title}, prose and links such as {@code [@article@Title](url)}. The prose
 * becomes the description, each link a resource whose type ({@code article}, {@code video},
 * {@code official}, ...) is kept in the resource's {@code type} extension. Stateless.
 */
public final class ContentFiles {
    private static final Pattern FILE = Pattern.compile("^.*@([A-Za-z0-9_-]+)\\.md$");
    private static final Pattern TYPED_LINK = Pattern.compile("\\[@([A-Za-z-]+)@([^\\]]*)]\\((\\S+?)\\)");
    private static final Pattern PLAIN_LINK = Pattern.compile("^\\s*[-*+]\\s*\\[([^\\]]+)]\\((\\S+?)\\)\\s*$");
    private static final int MAX_DEPTH = 4;

    private ContentFiles() {
    }

    /**
     * The content of one node.
     *
     * @param description the prose, paragraphs separated by blank lines
     * @param resources   the links, in file order
     */
    public record Content(String description, List<Resource> resources) {
    }

    /**
     * @param directory   the content directory
     * @param limits      limits to enforce (each file at most {@link ReadLimits#maxDocumentBytes()})
     * @param diagnostics where to report unreadable files
     * @return content by node id
     * @throws IOException when the directory cannot be listed
     */
    public static Map<String, Content> read(Path directory, ReadLimits limits, List<Diagnostic> diagnostics) throws IOException {
        Map<String, Content> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
                if (bytes.length > limits.maxDocumentBytes()) {
                    throw new LimitExceededException("maxDocumentBytes", limits.maxDocumentBytes(),
                            "the content file has more bytes", SourceLocation.of(file.toString(), 1, 1));
                }
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            if (out.containsKey(m.group(1))) {
                diagnostics.add(Diagnostic.warning("roadmapsh-duplicate-content", "a second content file for node '"
                        + m.group(1) + "'; ignored", SourceLocation.of(file.toString(), 1, 1)));
                continue;
            }
            out.put(m.group(1), parse(text, limits));
        }
        return out;
    }

    /**
     * @param markdown a content file's text
     * @param limits   limits (the description is cut at {@link ReadLimits#maxStringLength()})
     * @return its description and resources
     */
    public static Content parse(String markdown, ReadLimits limits) {
        List<Resource> resources = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R", -1)) {
            String line = raw.strip();
            Matcher typed = TYPED_LINK.matcher(line);
            boolean link = false;
            while (typed.find()) {
                link = true;
                String title = Texts.clean(typed.group(2));
                resources.add(new Resource(title.isEmpty() ? typed.group(3) : title, typed.group(3),
                        Extensions.of(Map.of("x-roadmapsh-type", JsonText.quoted(typed.group(1).toLowerCase(java.util.Locale.ROOT))))));
            }
            Matcher plain = PLAIN_LINK.matcher(line);
            if (!link && plain.matches()) {
                link = true;
                resources.add(Resource.of(Texts.clean(plain.group(1)), plain.group(2)));
            }
            boolean skip = link || line.startsWith("#") || line.toLowerCase(java.util.Locale.ROOT).endsWith("to learn more:");
            if (line.isEmpty() || skip) {
                if (paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        String description = String.join("\n\n", paragraphs);
        if (description.length() > limits.maxStringLength()) {
            description = description.substring(0, limits.maxStringLength());
        }
        return new Content(description, resources);
    }
}
