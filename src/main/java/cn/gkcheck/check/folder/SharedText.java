package cn.gkcheck.check.folder;

import java.util.List;

/**
 * Two reports of different organs in the folder that share their text (内容雷同): {@code shared} of the
 * {@code sentences} compared sentences of the shorter report stand word for word in the other (numbers and
 * place names masked); {@code share} in percent; a few of the shared sentences as printed in the first.
 */
public record SharedText(String file, String organ, String otherFile, String otherOrgan, int share, int shared,
                         int sentences, List<String> examples) {
    /** A warning at or above this share of the shorter report's sentences: most of it is another organ's. */
    public static final int THRESHOLD = 60;

    /** "“…”；“…”；“…”": the examples for a message. */
    public String quoted() {
        return String.join("；", examples.stream().map(e -> "“" + e + "”").toList());
    }
}
