package cn.gkcheck.interpret;

import cn.gkcheck.format.Organs;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.GuessKind;
import cn.gkcheck.model.Meta;
import cn.gkcheck.model.MetaSource;
import cn.gkcheck.model.OrganKind;
import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose report it is, where the title does not say (or says it of no kind one can tell): the opening
 * sentence ("本报告由X人民政府办公室编制", "根据…，X编制本报告"), the contact line ("如对本报告有疑问，请与X联系")
 * and the signature at the end ("X人民政府办公室 2024年1月20日"). The title comes first, then the opening,
 * the contact line and the signature, in that order; the first that names an organ of a known kind decides
 * both the organ and its kind, so the two never come from different sources. The office a compiler or contact
 * names stands for its organ (Organs.compiledFor).
 */
final class OrganReader {
    private OrganReader() {}

    /** An organ one source names. */
    record Named(String organ, OrganKind kind, MetaSource source) {}

    private static final String NAME = "([^，,。；;：:、《》“”\"（）()\\s]{2,40}?)";
    private static final Pattern OPENING_BY = Pattern.compile(
            "由" + NAME + "(?:根据|依据|依照|按照|结合|会同|牵头|负责|组织|汇总|编制|起草|撰写)");
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "(?:^|[，,。])" + NAME + "(?:特|现|认真|依法|组织)?(?:编制|制作|编写)(?:了|完成)?本(?:年度)?(?:报告|年报)");
    private static final Pattern CONTACT = Pattern.compile(
            "请(?:与|同|和|向|联系)" + NAME + "(?:联系|咨询|反映|[（(，,。；：:]|$)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "((?:19|20)\\d{2}|二[〇零○OＯ0][一二三四五六七八九〇零○OＯ0]{2})\\s*年\\s*[\\d一二三四五六七八九十]{1,2}\\s*月\\s*[\\d一二三四五六七八九十〇]{1,3}\\s*日");

    static Optional<Named> fromOpening(String text) {
        for (Pattern p : List.of(OPENING_BY, OPENING_SUBJECT)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<Named> n = named(m.group(1), MetaSource.OPENING);
                if (n.isPresent()) return n;
            }
        }
        return Optional.empty();
    }

    static Optional<Named> fromContact(String text) {
        Matcher m = CONTACT.matcher(text);
        while (m.find()) {
            Optional<Named> n = named(m.group(1), MetaSource.CONTACT);
            if (n.isPresent()) return n;
        }
        return Optional.empty();
    }

    /**
     * A signature: an organ on a short line of its own, with the date beside it or on the line after
     * ("X人民政府办公室 2024年1月20日", "X人民政府办公室" / "2024年1月20日").
     */
    static Optional<Named> fromSignature(String line, String next) {
        String t = line.strip();
        if (t.length() > 50 || t.matches(".*[。，,；;：:].*")) return Optional.empty();
        Matcher d = DATE_LINE.matcher(t);
        String name;
        if (d.find()) {
            if (d.start() == 0 || !t.substring(d.end()).isBlank()) return Optional.empty();
            name = t.substring(0, d.start()).strip();
        } else {
            if (next == null || !DATE_LINE.matcher(next.strip()).matches()) return Optional.empty();
            name = t;
        }
        if (name.contains(" ") || name.contains("\u3000")) name = name.replaceAll("[\\s\u3000]+", "");
        return named(name, MetaSource.SIGNATURE);
    }

    private static Optional<Named> named(String raw, MetaSource source) {
        String name = raw.replaceFirst("^(?:本报告|本年度报告|报告)", "").strip();
        if (name.length() < 2 || name.startsWith("我") || name.startsWith("本")) return Optional.empty();
        String organ = Organs.compiledFor(name);
        return Optional.of(new Named(organ, Organs.kindOf(organ), source));
    }

    /**
     * Settles the organ after the whole document is read. The title's organ stands; where its kind is
     * unknown, a later source that names the same organ with a known kind tells the kind (another organ
     * named elsewhere does not replace the title's). Without an organ in the title, the first source, in
     * order, that names an organ of a known kind decides; where none does, the first that names one at all.
     */
    static void settle(Report report) {
        Meta meta = report.getMeta();
        List<Named> named = new ArrayList<>();
        if (meta.getOrgan() != null) named.add(new Named(meta.getOrgan(), Organs.kindOf(meta.getOrgan()), MetaSource.TITLE));
        List<Paragraph> ps = report.getParagraphs();
        ps.stream().filter(p -> p.getSection() == 0).map(p -> fromOpening(p.getText())).flatMap(Optional::stream)
                .findFirst().ifPresent(named::add);
        ps.stream().map(p -> fromContact(p.getText())).flatMap(Optional::stream).findFirst().ifPresent(named::add);
        Optional<Paragraph> signed = signatureLine(ps);
        Optional<Named> signature = signed.flatMap(p -> fromSignature(p.getText(), next(ps, p)));
        signature.ifPresent(named::add);
        Named first = named.isEmpty() ? null : named.get(0);
        Named decided = named.stream().filter(n -> n.kind() != OrganKind.UNKNOWN)
                .filter(n -> first.source() != MetaSource.TITLE || sameName(first, n)).findFirst().orElse(first);
        if (decided == null) {
            meta.setOrganKind(OrganKind.UNKNOWN);
            return;
        }
        meta.setOrgan(decided.organ());
        meta.setOrganKind(decided.kind());
        meta.setOrganSource(decided.source());
        if (decided.source() == MetaSource.TITLE && signature.isPresent() && !sameOrgan(decided, signature.get())) {
            // the title is taken; that the signature names another organ is worth saying, no more
            report.getGuesses().add(new Guess(GuessKind.ORGAN_SIGNATURE, null, null, null, signature.get().organ(),
                    "落款写的是“" + signed.get().getText().strip() + "”，与标题的机关“" + decided.organ()
                            + "”不一致；按标题认定为" + decided.organ() + "（" + decided.kind().zh() + "）的报告",
                    signed.get().getSource()));
        }
    }

    /** Guess kind: the signature names another organ than the title (GK-STR-ORGAN-SIGNATURE). */

    /** One organ, however printed: "桃山区政府" and "桃山区人民政府", "云溪市柳河县人民政府" and "柳河县人民政府". */
    static boolean sameOrgan(Named a, Named b) {
        if (a.kind() != OrganKind.UNKNOWN && b.kind() != OrganKind.UNKNOWN && a.kind() != b.kind()) return false;
        return sameName(a, b);
    }

    private static boolean sameName(Named a, Named b) {
        String x = a.organ().replace("人民政府", "政府"), y = b.organ().replace("人民政府", "政府");
        return x.endsWith(y) || y.endsWith(x);
    }

    private static String next(List<Paragraph> ps, Paragraph p) {
        int i = ps.indexOf(p);
        return i + 1 < ps.size() ? ps.get(i + 1).getText() : null;
    }

    /** The signature is among the last lines of the report, after its last section's text. */
    private static Optional<Paragraph> signatureLine(List<Paragraph> ps) {
        for (int i = ps.size() - 1; i >= Math.max(0, ps.size() - 4); i--) {
            String next = i + 1 < ps.size() ? ps.get(i + 1).getText() : null;
            if (fromSignature(ps.get(i).getText(), next).isPresent()) return Optional.of(ps.get(i));
        }
        return Optional.empty();
    }
}
