package cn.gkcheck;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixtures carry their expected findings in a sidecar {@code <fixture>.expected}, one line a
 * finding: {@code RULE-ID severity keys @place} (keys as in {@code table/row/column}, "-" where
 * none; place as the text output prints it, "-" where none). Lines starting with '#' are notes.
 * A fixture's test passes only when exactly these findings appear, no more and no fewer.
 */
public final class Expectations {
    private Expectations() {}

    public static Path sidecar(Path fixture) {
        return fixture.resolveSibling(fixture.getFileName() + ".expected");
    }

    public static List<String> expected(Path fixture) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(sidecar(fixture), StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            out.add(t.replaceAll("\\s+", " "));
        }
        out.sort(null);
        return out;
    }

    public static List<String> actual(Path fixture) {
        return lines(Engine.get().check(Readers.read(fixture)));
    }

    public static List<String> lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(line(f));
        out.sort(null);
        return out;
    }

    public static String line(Finding f) {
        String keys = f.getLocation().keys();
        String place = f.getLocation().getSource() == null ? "-" : f.getLocation().getSource().describe();
        return (f.getRule() + " " + f.getSeverity().json() + " " + (keys.isEmpty() ? "-" : keys.replace(' ', '_')) + " @" + place);
    }
}
