package cn.gkcheck.report;

import java.io.IOException;
import java.util.List;

/**
 * The output formats of {@code gkcheck check --format}, by name: the one place a format is
 * registered. Several may be given at once ({@code --format json,html,xlsx}); the folder is then read
 * and checked once and every sink receives the same stream of results.
 */
public final class Formats {
    private Formats() {}

    /** Every format, in the order help lists them. */
    public static final List<String> NAMES = List.of("text", "json", "html");

    /** Formats that can go to standard output; the others need {@code --output}. */
    public static boolean streamable(String name) {
        return switch (name) {
            case "text", "json" -> true;
            default -> false;
        };
    }

    /** The file (or folder) a format writes in the {@code --output} folder of a run with several formats. */
    public static String defaultName(String name) {
        return switch (name) {
            case "text" -> "gkcheck.txt";
            case "json" -> "gkcheck.json";
            case "html" -> "html";
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static Sink open(String name, Destination where, Run run) throws IOException {
        return switch (name) {
            case "text" -> new TextSink(where.writer(), run.english());
            case "json" -> new JsonSink(where.writer(), run.english());
            case "html" -> new cn.gkcheck.report.html.HtmlSink(where.folder(), run.english());
            default -> throw new IllegalArgumentException(name);
        };
    }
}
