package cn.gkcheck.read.positional;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where the three statistical tables stand in the flow of lines, by the section headings
 * and captions every report in the unified format prints around them. This only says where a
 * table starts and ends; which row is which is left to the interpreter.
 */
public final class TableRegions {
    /** Which of the three tables a region is; it decides only how the region is cut into blocks. */
    public enum Kind { PROACTIVE, REQUESTS, APPEALS }

    public record Region(Kind kind, int from, int to) {} // line indexes, to exclusive

    private static final Pattern CAPTION_20 = Pattern.compile("^第二十条.{0,3}第?[（(][一二三四五六七八九十]+[）)]项");
    private static final Pattern HEAD_3 = Pattern.compile("^三、.*(收到|申请)");
    private static final Pattern HEAD_4 = Pattern.compile("^四、.*(复议|诉讼)");
    private static final Pattern HEAD_5 = Pattern.compile("^五、");
    private static final Pattern REQUESTS_TOP = Pattern.compile("申请人情况|勾稽|自然人");

    private TableRegions() {}

    public static List<Region> find(List<Line> lines) {
        List<Region> out = new ArrayList<>();
        int h3 = indexOf(lines, HEAD_3, 0), h4 = indexOf(lines, HEAD_4, Math.max(0, h3));
        int h5 = indexOf(lines, HEAD_5, Math.max(0, Math.max(h3, h4)));

        int p0 = indexOf(lines, CAPTION_20, 0);
        if (p0 >= 0) {
            int end = h3 > p0 ? h3 : h4 > p0 ? h4 : lines.size();
            out.add(new Region(Kind.PROACTIVE, p0, end));
        }
        if (h3 >= 0) {
            int start = indexOfFind(lines, REQUESTS_TOP, h3 + 1);
            int end = h4 > h3 ? h4 : h5 > h3 ? h5 : lines.size();
            if (start > h3 && start < end) out.add(new Region(Kind.REQUESTS, start, end));
        }
        if (h4 >= 0) {
            int end = h5 > h4 ? h5 : lines.size();
            int start = indexOfFind(lines, Pattern.compile("行政复议"), h4 + 1);
            if (start > h4 && start < end) {
                // the table ends with its one data row; anything after it is prose
                int last = -1;
                for (int i = start; i < end; i++) {
                    if (numbers(lines.get(i)) >= 5) { last = i; break; }
                }
                out.add(new Region(Kind.APPEALS, start, last >= 0 ? last + 1 : end));
            }
        }
        return out;
    }

    static boolean isCaption(Line line) {
        return CAPTION_20.matcher(line.compact()).find();
    }

    private static int numbers(Line line) {
        int n = 0;
        for (Word w : line.words) if (Text.isNumberOrDash(w.text())) n++;
        return n;
    }

    private static int indexOf(List<Line> lines, Pattern p, int from) {
        for (int i = from; i < lines.size(); i++) if (p.matcher(lines.get(i).compact()).find()) return i;
        return -1;
    }

    private static int indexOfFind(List<Line> lines, Pattern p, int from) {
        for (int i = from; i < lines.size() && i < from + 12; i++) if (p.matcher(lines.get(i).compact()).find()) return i;
        return -1;
    }
}
