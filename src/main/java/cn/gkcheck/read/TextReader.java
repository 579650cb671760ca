package cn.gkcheck.read;

import cn.gkcheck.format.Values;
import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads reports saved as plain text the way PDF and OCR extraction leaves them (tab- or
 * space-separated cells, blank lines inside tables, labels broken over lines), and Markdown
 * with pipe tables. Table lines become grid rows, cell for cell as printed; everything else
 * is prose.
 */
public final class TextReader implements DocReader {
    private final boolean markdown;

    public TextReader(boolean markdown) {
        this.markdown = markdown;
    }

    /** Cells of a table row printed without tabs are set apart by spaces. */
    private static final Pattern SPACES = Pattern.compile("[ \\u3000]+");
    /** The longest row label a line set with spaces may start with (a longer one is prose). */
    private static final int MAX_SPACED_LABEL = 41;
    private static final Pattern MD_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    @Override
    public Doc read(byte[] bytes, String fileName) {
        Doc doc = new Doc(markdown ? "markdown" : "text");
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        doc.encoding = d.encoding();
        if (d.detected()) doc.guesses.add(TextDecoder.guessOf(d));
        String[] lines = d.text().split("\\r\\n|\\n|\\r", -1);
        doc.original = SourceText.lines(lines);
        List<Block.GridRow> grid = null;
        for (int i = 0; i < lines.length; i++) {
            Deadline.check();
            String line = lines[i];
            Source src = Source.line(i + 1);
            List<String> cells = cells(line);
            if (cells != null) {
                if (cells.isEmpty()) continue; // a Markdown separator row
                if (grid == null) grid = new ArrayList<>();
                grid.add(row(cells, src));
                continue;
            }
            if (line.isBlank()) {
                // in Markdown a blank line ends a table; in OCR text blank lines fall inside tables
                if (markdown && grid != null) {
                    doc.add(new Block.Grid(grid, grid.get(0).source()));
                    grid = null;
                }
                continue;
            }
            if (!markdown && grid != null && isLabelFragment(line) && nextIsRow(lines, i + 1)) {
                grid.add(row(List.of(line.strip()), src));
                continue;
            }
            if (markdown && grid != null && isLongLabel(line) && i + 1 < lines.length) {
                // a PDF converter that keeps a long row label out of the grid prints it on its own
                // line, right above its row of numbers, whose label cell it leaves empty
                List<String> next = cells(lines[i + 1]);
                if (next != null && !next.isEmpty() && next.get(0).isEmpty()) {
                    List<String> labelled = new ArrayList<>(next);
                    labelled.set(0, line.strip());
                    grid.add(row(labelled, Source.line(i + 2)));
                    i++;
                    continue;
                }
            }
            if (grid != null) {
                doc.add(new Block.Grid(grid, grid.get(0).source()));
                grid = null;
            }
            doc.add(new Block.Para(prose(line), src));
        }
        if (grid != null) doc.add(new Block.Grid(grid, grid.get(0).source()));
        return doc;
    }

    /** The cells of a table line, or null for prose; an empty list for a Markdown separator. */
    private List<String> cells(String line) {
        String t = line.strip();
        if (markdown && t.startsWith("|")) {
            if (MD_SEPARATOR.matcher(t).matches()) return List.of();
            String inner = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
            List<String> out = new ArrayList<>();
            for (String c : inner.split("(?<!\\\\)\\|", -1)) out.add(c.replace("\\|", "|").replace("<br>", "").strip());
            return out;
        }
        if (line.indexOf('\t') >= 0 && !t.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (String c : line.split("\t", -1)) out.add(c.strip());
            // a trailing tab closes a row in OCR output; it is not a cell of its own
            while (out.size() > 1 && out.get(out.size() - 1).isEmpty() && line.endsWith("\t")) {
                out.remove(out.size() - 1);
                break;
            }
            return out;
        }
        if (!markdown && !t.contains("。") && !t.contains("，")) return spacedRow(t);
        return null;
    }

    /**
     * A label followed by two or more numbers or dashes ({@link Values#isNumberOrDash}), set apart
     * by spaces: a table row without tabs. The label is the shortest start of the line after which
     * only values follow; null when the line is not such a row.
     */
    private static List<String> spacedRow(String t) {
        List<String> tokens = Arrays.asList(SPACES.split(t));
        int firstValue = tokens.size();
        while (firstValue > 1 && Values.isNumberOrDash(tokens.get(firstValue - 1))) firstValue--;
        if (tokens.size() - firstValue < 2) return null;
        var gaps = SPACES.matcher(t);
        for (int i = 0; i < firstValue; i++) gaps.find();
        String label = t.substring(0, gaps.start());
        if (label.length() > MAX_SPACED_LABEL) return null;
        List<String> out = new ArrayList<>();
        out.add(label);
        out.addAll(tokens.subList(firstValue, tokens.size()));
        return out;
    }

    private static Block.GridRow row(List<String> cells, Source src) {
        List<Block.GridCell> c = new ArrayList<>();
        for (String s : cells) c.add(new Block.GridCell(s, src));
        return new Block.GridRow(c, src);
    }

    /** A short line inside a table without cells of its own: part of a wrapped label. */
    private static boolean isLabelFragment(String line) {
        String t = line.strip();
        return t.length() <= 30 && !t.contains("。") && !t.matches("^(#+\\s*)?(第[一二三四五六]部分|[一二三四五六]\\s*[、.．]).*");
    }

    /** A whole row label on a line of its own: the longest official one has 37 characters, and no full stop. */
    private static boolean isLongLabel(String line) {
        String t = line.strip();
        return t.length() <= 60 && !t.contains("。") && !t.matches("^(#+\\s*)?(第[一二三四五六]部分|[一二三四五六]\\s*[、.．]).*");
    }

    private boolean nextIsRow(String[] lines, int from) {
        for (int j = from; j < lines.length && j < from + 3; j++) {
            if (lines[j].isBlank()) continue;
            List<String> c = cells(lines[j]);
            return c != null;
        }
        return false;
    }

    /** Markdown decoration is not part of the text: "## 一、总体情况", "**二、…**". */
    private String prose(String line) {
        String t = line.strip();
        if (!markdown) return t;
        return t.replaceFirst("^#{1,6}\\s*", "").replaceFirst("^>\\s*", "").replace("**", "").replace("__", "").strip();
    }
}
