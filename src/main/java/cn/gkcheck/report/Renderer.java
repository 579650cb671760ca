package cn.gkcheck.report;

import java.io.PrintWriter;
import java.util.List;

/** One output format of {@code gkcheck check}; chosen by name with --format. */
public interface Renderer {
    void render(List<CheckedReport> reports, PrintWriter out);

    static Renderer named(String name, boolean english, String version, int ruleCount) {
        return switch (name) {
            case "json" -> new JsonRenderer(english, version, ruleCount);
            case "text" -> new TextRenderer(english);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
