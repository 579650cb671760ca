package cn.gkcheck.prose;

import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers the prose states about the requests and appeals tables (spec §4 B9) and
 * gives each the readings its wording allows. A number counts only when it is bound to a
 * keyword in the same clause ("受理政府信息公开申请 3119 件", "另有 103 件顺延到下年度") with
 * nothing but filler words between; a number that merely stands near a keyword is ignored.
 */
final class ClaimFinder {
    private ClaimFinder() {}

    /** What a keyword speaks of. */
    private enum Kind {
        REQ_NEW, REQ_RECEIVED, REQ_HANDLED, REQ_PROCESSED, REQ_CARRIED, REQ_FORWARD, REQ_CARRY,
        REQ_GRANTED, REQ_PARTLY, REQ_WITHHELD, REQ_UNAVAILABLE, REQ_NOT_HANDLED, REQ_OTHER,
        COL_NATURAL, COL_ORG,
        SUBJ_LIT_DIRECT, SUBJ_LIT_AFTER, SUBJ_RECON, SUBJ_LIT,
        AP_UPHELD, AP_CORRECTED, AP_OTHER, AP_PENDING, AP_ALL_UPHELD;

        boolean request() { return name().startsWith("REQ_"); }
        boolean column() { return name().startsWith("COL_"); }
        boolean subject() { return name().startsWith("SUBJ_"); }
        boolean outcome() { return name().startsWith("AP_"); }
        /** A row group of 三、本年度办理结果: 予以公开 … 其他处理. */
        boolean handling() { return compareTo(REQ_GRANTED) >= 0 && compareTo(REQ_OTHER) <= 0; }
    }

    // Longest alternatives first: "复议后起诉" before "复议", "结转下年度" before "结转".
    private static final Object[][] KEYWORDS = {
            {"未经复议直接起诉|直接起诉", Kind.SUBJ_LIT_DIRECT},
            {"复议后起诉|经复议后起诉", Kind.SUBJ_LIT_AFTER},
            {"均获维持|均被维持|全部维持|均予维持|均维持|均为维持|全部获得维持", Kind.AP_ALL_UPHELD},
            {"结果维持|维持", Kind.AP_UPHELD},
            {"结果纠正|被纠正|纠正|纠错", Kind.AP_CORRECTED},
            {"其他结果", Kind.AP_OTHER},
            {"尚未审结|未审结|正在审理|尚在审理|审理中", Kind.AP_PENDING},
            {"行政复议|复议", Kind.SUBJ_RECON},
            {"行政诉讼|诉讼", Kind.SUBJ_LIT},
            {"上一年度结转|上年度结转|上年结转|上年度转结|上年转结|上年度转来|上年转来", Kind.REQ_CARRIED},
            // "结转下年度继续办理": the trailing 办理 belongs to the phrase, not a keyword of its own
            {"(?:结转至下一年度|结转到下一年度|结转下一年度|结转至下年度|结转到下年度|结转下年度|结转至下年|结转下年"
                    + "|顺延至下一年度|顺延到下一年度|顺延至下年度|顺延到下年度|顺延至下年|顺延到下年|转入下年度|转入下一年度)"
                    + "(?:继续办理|继续处理|办理|答复)?", Kind.REQ_FORWARD},
            {"结转", Kind.REQ_CARRY},
            {"新收|收到|接收|接到", Kind.REQ_NEW},
            {"受理", Kind.REQ_RECEIVED},
            {"办结|答复|办理完毕|处理完毕|已办理", Kind.REQ_HANDLED},
            {"办理", Kind.REQ_PROCESSED},
            {"不予公开", Kind.REQ_WITHHELD},
            {"予以公开|同意公开|全部公开", Kind.REQ_GRANTED},
            {"部分公开", Kind.REQ_PARTLY},
            {"无法提供", Kind.REQ_UNAVAILABLE},
            {"不予处理", Kind.REQ_NOT_HANDLED},
            {"其他处理", Kind.REQ_OTHER},
            {"自然人", Kind.COL_NATURAL},
            {"法人或其他组织|法人和其他组织|法人或者其他组织|法人及其他组织", Kind.COL_ORG},
    };
    private static final Pattern KEYWORD;
    static {
        StringBuilder b = new StringBuilder();
        for (Object[] k : KEYWORDS) b.append(b.length() == 0 ? "" : "|").append("(").append(k[0]).append(")");
        KEYWORD = Pattern.compile(b.toString());
    }

    // Chinese numerals only before 件/宗/起: "一个" is too often no count
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])(\\d{1,7})(件|宗|起|个)"
            + "|(?<![0-9.万" + ChineseNumeral.DIGITS + "])([" + ChineseNumeral.DIGITS + "]{1,8})(件|宗|起)");
    /** Words joining two rows of 三、 into one count: "予以公开和部分公开共 31 件". */
    private static final Pattern JOINED = Pattern.compile("和|及|与|、|或|以及|加");
    /** An outcome keyword followed by the word for the reply it is: "予以公开答复 25 件" counts 予以公开. */
    private static final Pattern OUTCOME_REPLY = Pattern.compile("的?(?:答复|办理)");
    /** "，占 62.0%", "，占新收申请的 6.1%": the share right after a count, and the base it names. */
    private static final Pattern SHARE = Pattern.compile(
            "^\\s*[，,]?\\s*(?:约)?占(?:比)?([^，。；;,%％0-9]{0,12}?)(?:的)?(?:比例|比重)?(?:为|达|约)?(\\d{1,3}(?:\\.\\d{1,3})?)\\s*[%％]");
    private static final String BOUNDARY = "，,；;：:（）()、“”\"";
    /** Words that may stand between a keyword and its number without changing what is counted. */
    private static final Pattern FILLER = Pattern.compile(
            "(?:政府信息公开|政务公开|信息公开|依申请公开|依申请|政府信息|申请|案件|案|件数|数量|各类|类|事项|公开|的|共计|共|合计|累计|总计|计|为|达|了|有|其中|被|提起|全年|决定|情形)*");
    private static final Pattern SCOPE_OTHER = Pattern.compile("代表|办公室|政府办|各部门|各单位|各地|部分单位|所属");
    // "未收到…申请"; not "未发生因政府信息公开被申请行政复议" (an appeal, not an application)
    private static final Pattern NO_REQUESTS = Pattern.compile("(?<!尚)(?:未|没有|无)(?:收到|接到|受理)[^，。；,;]{0,12}?(?<!被)申请(?!行政复议|复议)");
    // not "未发生因依申请公开被行政复议纠错或行政诉讼败诉情形" (上海市人民政府办公厅 2025): no appeal lost, not no appeal
    private static final String NOT_AN_OUTCOME = "(?!纠错|纠正|被纠|败诉|被撤销|撤销)";
    private static final Pattern NO_APPEALS = Pattern.compile(
            "(?<!尚)(?:没有|未|无)(?:发生|出现|被|因|收到|接到)?[^，。；,;0-9纠败维撤]{0,20}?(行政复议|复议|行政诉讼|诉讼)" + NOT_AN_OUTCOME
                    + "(?:(?:或|和|及|与|、|以及)(?:被)?(?:提起|申请)?(行政诉讼|诉讼)" + NOT_AN_OUTCOME + ")?");

    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern NEW_BASE = Pattern.compile("新收|收到");
    private static final Pattern TOTAL_BASE_WORDS = Pattern.compile("(?:全部|全年|本年度?|政府信息公开|申请|办理结果|答复|办结|的|总数|总量|总计|数|量)*");
    private static final Pattern TOTAL_BASE = Pattern.compile("办理结果|答复|办结");
    private static final Pattern SHARE_TRIM = Pattern.compile("^[\\s，,]+|\\s");
    private static final Pattern YEAR_WORDS = Pattern.compile("^(?:\\d{4}年度?|全年|今年|本年度?)");

    /** A keyword, or several handling rows named together ("不予公开和无法提供"): {@code kinds} then lists them all. */
    private record Token(Kind kind, int start, int end, List<Kind> kinds) {
        Token(Kind kind, int start, int end) {
            this(kind, start, end, List.of(kind));
        }
    }

    private record Num(long value, int start, int end) {}

    /** The row(s) a request keyword reads as, before a column is chosen. */
    private record RowReading(String zh, String en, String[] rows) {}

    static List<Claim> find(Report report) {
        return read(report).claims;
    }

    /** The claims and percentages of one report, found in one pass over its prose. */
    record Found(List<Claim> claims, List<Percent> percents) {}

    static Found read(Report report) {
        Found out = new Found(new ArrayList<>(), new ArrayList<>());
        if (report.table("requests").isEmpty() && report.table("appeals").isEmpty()) return out;
        TableFigures fig = new TableFigures(report);
        for (SectionText st : SectionText.of(report)) {
            int start = 0;
            String t = st.text;
            for (int i = 0; i <= t.length(); i++) {
                if (i == t.length() || "。！？!?".indexOf(t.charAt(i)) >= 0) {
                    if (i > start) sentence(st, start, t.substring(start, i), fig, out);
                    start = i + 1;
                }
            }
        }
        return out;
    }

    private static void sentence(SectionText st, int offset, String s, TableFigures fig, Found found) {
        List<Claim> out = found.claims();
        boolean aboutRequests = s.contains("申请");
        List<Token> tokens = new ArrayList<>();
        Matcher m = KEYWORD.matcher(s);
        while (m.find()) {
            for (int g = 1; g <= KEYWORDS.length; g++) {
                if (m.group(g) != null) {
                    tokens.add(new Token((Kind) KEYWORDS[g - 1][1], m.start(), m.end()));
                    break;
                }
            }
        }
        tokens = joined(s, tokens);
        List<Num> nums = new ArrayList<>();
        Matcher n = NUMBER.matcher(s);
        while (n.find()) {
            long value = n.group(1) != null ? Long.parseLong(n.group(1)) : ChineseNumeral.parse(n.group(3));
            if (value >= 0) nums.add(new Num(value, n.start(), n.end()));
        }

        String scope = scopeNote(s, tokens.isEmpty() ? s.length() : tokens.get(0).start());
        zeroClaims(st, offset, s, scope, fig, out);

        Kind subject = null;
        List<RowReading> lastRows = null;
        int ti = 0;
        for (Num num : nums) {
            // advance the appeals subject over every keyword before this number
            Token left = null;
            for (Token tk : tokens) {
                if (tk.end() > num.start()) break;
                left = tk;
            }
            for (; ti < tokens.size() && tokens.get(ti).end() <= num.start(); ti++) {
                if (tokens.get(ti).kind().subject()) subject = tokens.get(ti).kind();
            }
            Token bound = null;
            if (left != null && sameClause(s, left.end(), num.start()) && noNumberBetween(nums, left.end(), num.start())
                    && FILLER.matcher(s.substring(left.end(), num.start())).matches() && num.start() - left.end() <= 16) {
                bound = left;
            } else {
                for (Token tk : tokens) {
                    if (tk.start() < num.end()) continue;
                    String gap = s.substring(num.end(), tk.start());
                    if (gap.length() <= 2 && gap.matches("[为系属是]*")
                            && (tk.kind() == Kind.REQ_FORWARD || tk.kind() == Kind.REQ_CARRIED || tk.kind() == Kind.REQ_CARRY)) {
                        bound = tk;
                    }
                    break;
                }
            }
            if (bound == null) continue;
            Kind k = bound.kind();
            if ((k.request() || k.column()) && !aboutRequests) continue;
            String phrase = s.substring(Math.min(bound.start(), num.start()), Math.max(bound.end(), num.end()));
            var src = st.sourceAt(offset + num.start());
            if (k.request()) {
                List<RowReading> rows = rowsOf(k, s, bound, fig);
                lastRows = rows;
                List<Reading> readings = new ArrayList<>();
                for (RowReading r : rows) readings.add(fig.sum(r.zh(), r.en(), "requests", r.rows(), new String[] {"total"}));
                Claim claim = new Claim(rows.get(0).zh(), phrase, num.value(), readings, scope, st.section, src);
                out.add(claim);
                share(st, offset, s, num, rows, claim, fig, found.percents());
            } else if (k.column() && lastRows != null) {
                boolean natural = k == Kind.COL_NATURAL;
                String[] cols = natural ? new String[] {"natural"} : new String[] {"commercial", "research", "nonprofit", "legalService", "otherOrg"};
                List<Reading> readings = new ArrayList<>();
                for (RowReading r : lastRows) {
                    readings.add(fig.sum(r.zh() + (natural ? "·自然人" : "·法人或其他组织"), r.en() + (natural ? ", natural persons" : ", legal persons and other organisations"),
                            "requests", r.rows(), cols));
                }
                out.add(new Claim(readings.get(0).zh(), phrase, num.value(), readings, scope, st.section, src));
            } else if (k.subject()) {
                out.add(appealsClaim(k, "total", "总计", "total", phrase, num.value(), scope, st, src, fig));
            } else if (k.outcome() && k != Kind.AP_ALL_UPHELD && subject != null) {
                String[] col = switch (k) {
                    case AP_UPHELD -> new String[] {"upheld", "结果维持", "upheld"};
                    case AP_CORRECTED -> new String[] {"corrected", "结果纠正", "corrected"};
                    case AP_OTHER -> new String[] {"other", "其他结果", "other outcome"};
                    default -> new String[] {"pending", "尚未审结", "pending"};
                };
                out.add(appealsClaim(subject, col[0], col[1], col[2], phrase, num.value(), scope, st, src, fig));
            }
        }
        allUpheld(st, offset, s, tokens, scope, fig, out);
    }

    /**
     * Handling rows named together become one token ("予以公开和部分公开" = the sum of both rows), and
     * the 答复 of "予以公开答复" is part of its outcome, not a keyword of its own.
     */
    private static List<Token> joined(String s, List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token tk : tokens) {
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.kind().handling()) {
                String gap = s.substring(prev.end(), tk.start());
                if (tk.kind().handling() && JOINED.matcher(gap).matches()) {
                    List<Kind> kinds = new ArrayList<>(prev.kinds());
                    kinds.add(tk.kind());
                    out.set(out.size() - 1, new Token(prev.kind(), prev.start(), tk.end(), List.copyOf(kinds)));
                    continue;
                }
                if ((tk.kind() == Kind.REQ_HANDLED || tk.kind() == Kind.REQ_PROCESSED)
                        && OUTCOME_REPLY.matcher(s.substring(prev.end(), tk.end())).matches()) {
                    out.set(out.size() - 1, new Token(prev.kind(), prev.start(), tk.end(), prev.kinds()));
                    continue;
                }
            }
            out.add(tk);
        }
        return out;
    }

    /**
     * "不予公开 12 件，占 6.1%": the share of a request count with one reading, in the base the words
     * name — 新收 where they say 新收/收到, （七）总计 where they name none or the replies (答复, 办结,
     * 办理结果). A base named otherwise ("占本部门…", "占申请总数") is not read.
     */
    private static void share(SectionText st, int offset, String s, Num num, List<RowReading> rows, Claim claim,
                              TableFigures fig, List<Percent> out) {
        Matcher m = SHARE.matcher(s.substring(num.end()));
        if (rows.size() != 1 || !m.find()) return;
        String named = SPACE.matcher(m.group(1)).replaceAll("");
        RowReading base;
        if (NEW_BASE.matcher(named).find()) {
            base = new RowReading("本年新收", "received this year", new String[] {"new"});
        } else if (named.isEmpty() || TOTAL_BASE_WORDS.matcher(named).matches()
                && TOTAL_BASE.matcher(named).find()) {
            // none named, or the replies: （七）总计. "申请总数" may be 新收 or 新收 + 结转: not read
            base = new RowReading("办理结果总计", "outcomes total", new String[] {"total"});
        } else {
            return;
        }
        Reading baseReading = fig.sum(base.zh(), base.en(), "requests", base.rows(), new String[] {"total"});
        Reading count = claim.readings().get(0);
        // a wrong count is reported as a count; its share is then no second finding
        // and a sentence about one office (scope note) has another base than the table's
        if (!claim.matched() || claim.scopeNote() != null) return;
        int at = num.end() + m.start();
        out.add(new Percent(SHARE_TRIM.matcher(s.substring(at, num.end() + m.end())).replaceAll(""),
                new java.math.BigDecimal(m.group(2)), count, baseReading, st.section, st.sourceAt(offset + at)));
    }

    private static Claim appealsClaim(Kind subject, String column, String zh, String en, String phrase, long stated,
                                      String scope, SectionText st, cn.gkcheck.model.Source src, TableFigures fig) {
        String[] rows = appealRows(subject);
        String name = appealName(subject);
        Reading r = fig.sum(name + zh, nameEn(subject) + ", " + en, "appeals", rows, new String[] {column});
        return new Claim(r.zh(), phrase, stated, List.of(r), scope, st.section, src);
    }

    /** "行政复议7件，诉讼9件，均获维持": each subject named before the phrase must be all upheld. */
    private static void allUpheld(SectionText st, int offset, String s, List<Token> tokens, String scope, TableFigures fig, List<Claim> out) {
        for (Token tk : tokens) {
            if (tk.kind() != Kind.AP_ALL_UPHELD) continue;
            List<Kind> subjects = new ArrayList<>();
            for (Token before : tokens) {
                if (before.start() >= tk.start()) break;
                if (before.kind().subject() && !subjects.contains(before.kind())) subjects.add(before.kind());
            }
            for (Kind subject : subjects) {
                Reading total = fig.sum("", "", "appeals", appealRows(subject), new String[] {"total"});
                if (!total.evaluable()) continue;
                Reading upheld = fig.sum(appealName(subject) + "结果维持", nameEn(subject) + ", upheld", "appeals",
                        appealRows(subject), new String[] {"upheld"});
                out.add(new Claim(appealName(subject) + "均获维持（表中总计 " + total.value() + " 件）", s.substring(tk.start(), tk.end()),
                        total.value(), List.of(upheld), scope, st.section, st.sourceAt(offset + tk.start())));
            }
        }
    }

    /** "未收到…申请", "没有…行政复议或行政诉讼": a stated zero. */
    private static void zeroClaims(SectionText st, int offset, String s, String scope, TableFigures fig, List<Claim> out) {
        Matcher m = NO_REQUESTS.matcher(s);
        if (m.find()) {
            Reading r = fig.sum("本年新收申请", "applications received this year", "requests", new String[] {"new"}, new String[] {"total"});
            out.add(new Claim("本年新收申请（文中称没有）", m.group(), 0, List.of(r), scope, st.section, st.sourceAt(offset + m.start())));
        }
        Matcher a = NO_APPEALS.matcher(s);
        while (a.find()) {
            for (int g = 1; g <= 2; g++) {
                String w = a.group(g);
                if (w == null) continue;
                Kind subject = w.contains("复议") ? Kind.SUBJ_RECON : Kind.SUBJ_LIT;
                Reading r = fig.sum(appealName(subject) + "总计", nameEn(subject) + ", total", "appeals", appealRows(subject), new String[] {"total"});
                out.add(new Claim(appealName(subject) + "（文中称没有）", a.group(), 0, List.of(r), scope, st.section, st.sourceAt(offset + a.start())));
            }
        }
    }

    private static List<RowReading> rowsOf(Kind k, String s, Token bound, TableFigures fig) {
        if (bound.kinds().size() > 1) {
            // "不予公开和无法提供共 15 件": one reading, the sum of the rows named
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (Kind part : bound.kinds()) {
                RowReading r = rowsOf(part, s, new Token(part, bound.start(), bound.end()), fig).get(0);
                zh.add(r.zh());
                en.add(r.en());
                rows.addAll(List.of(r.rows()));
            }
            return List.of(new RowReading(String.join("+", zh), String.join(" + ", en), rows.toArray(new String[0])));
        }
        RowReading nw = new RowReading("本年新收", "received this year", new String[] {"new"});
        RowReading nwCarried = new RowReading("本年新收+上年结转", "received this year + carried over", new String[] {"new", "carriedOver"});
        RowReading total = new RowReading("办理结果总计", "outcomes total", new String[] {"total"});
        RowReading carried = new RowReading("上年结转", "carried over from last year", new String[] {"carriedOver"});
        RowReading forward = new RowReading("结转下年度", "carried forward to next year", new String[] {"carryForward"});
        return switch (k) {
            case REQ_NEW -> List.of(nw);
            // "受理 749 件" is often 新收 + 结转: both readings are tried
            case REQ_RECEIVED -> List.of(nw, nwCarried);
            case REQ_HANDLED -> List.of(total);
            case REQ_PROCESSED -> List.of(total, nw, nwCarried);
            case REQ_CARRIED -> List.of(carried);
            case REQ_FORWARD -> List.of(forward);
            // a bare "结转": last year's or next year's, unless the words around say which
            case REQ_CARRY -> s.substring(Math.max(0, bound.start() - 4), Math.min(s.length(), bound.end() + 4)).contains("下")
                    ? List.of(forward) : s.substring(Math.max(0, bound.start() - 4), bound.start()).contains("上")
                    ? List.of(carried) : List.of(carried, forward);
            case REQ_GRANTED -> List.of(new RowReading("予以公开", "granted", new String[] {"granted"}));
            case REQ_PARTLY -> List.of(new RowReading("部分公开", "partly granted", new String[] {"partlyGranted"}));
            case REQ_WITHHELD -> List.of(new RowReading("不予公开（1–8 项之和）", "withheld (items 1–8)", new String[] {"withheld.*"}));
            case REQ_UNAVAILABLE -> List.of(new RowReading("无法提供（1–3 项之和）", "unavailable (items 1–3)", new String[] {"unavailable.*"}));
            case REQ_NOT_HANDLED -> List.of(new RowReading("不予处理（1–5 项之和）", "not handled (items 1–5)", new String[] {"notHandled.*"}));
            default -> List.of(new RowReading("其他处理", "other handling", fig.otherRows()));
        };
    }

    private static String[] appealRows(Kind subject) {
        return switch (subject) {
            case SUBJ_RECON -> new String[] {"reconsideration"};
            case SUBJ_LIT_DIRECT -> new String[] {"litigationDirect"};
            case SUBJ_LIT_AFTER -> new String[] {"litigationAfterReconsideration"};
            default -> new String[] {"litigationDirect", "litigationAfterReconsideration"};
        };
    }

    private static String appealName(Kind subject) {
        return switch (subject) {
            case SUBJ_RECON -> "行政复议";
            case SUBJ_LIT_DIRECT -> "行政诉讼（未经复议直接起诉）";
            case SUBJ_LIT_AFTER -> "行政诉讼（复议后起诉）";
            default -> "行政诉讼（直接起诉+复议后起诉）";
        };
    }

    private static String nameEn(Kind subject) {
        return switch (subject) {
            case SUBJ_RECON -> "reconsideration";
            case SUBJ_LIT_DIRECT -> "litigation, direct";
            case SUBJ_LIT_AFTER -> "litigation after reconsideration";
            default -> "litigation (direct + after reconsideration)";
        };
    }

    /**
     * Who the sentence speaks of, where it is not the report's own organ as a whole: "区政府办代表区政府
     * 受理 17 件" counts one office's applications, not the table's. Null where the scope is the report's.
     */
    private static String scopeNote(String s, int firstKeyword) {
        String prefix = s.substring(0, Math.max(0, Math.min(firstKeyword, s.length())));
        Matcher m = SCOPE_OTHER.matcher(prefix);
        if (!m.find()) return null;
        int from = 0;
        for (int i = m.start(); i >= 0; i--) {
            if (BOUNDARY.indexOf(prefix.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        return YEAR_WORDS.matcher(prefix.substring(from)).replaceFirst("");
    }

    private static boolean sameClause(String s, int from, int to) {
        for (int i = from; i < to; i++) if (BOUNDARY.indexOf(s.charAt(i)) >= 0) return false;
        return true;
    }

    private static boolean noNumberBetween(List<Num> nums, int from, int to) {
        for (Num n : nums) if (n.start() >= from && n.end() <= to) return false;
        return true;
    }
}
