package cn.gkcheck.check;

import cn.gkcheck.model.Meta;
import cn.gkcheck.model.MetaSource;
import cn.gkcheck.model.OrganKind;

/**
 * The kind of organ a report is of, inserted once per report so that the rules whose law depends on it
 * (Art. 49 deadlines, Art. 50(四) results) match the kind rather than each calling the classifier, and so
 * that where it is UNKNOWN each of them can say once that it was not evaluated, and why.
 */
public record OrganKindFact(OrganKind kind, String organ, MetaSource source) {

    static OrganKindFact of(Meta meta) {
        return new OrganKindFact(cn.gkcheck.format.Organs.kind(meta), meta.getOrgan(), meta.getOrganSource());
    }

    /** What the kind rests on where not the title: "，机关据开头" (the opening), "，机关据落款" (the signature) … */
    public String basisZh() {
        return source == null || source == MetaSource.TITLE ? "" : "，机关据" + source.zh();
    }

    public String basisEn() {
        return source == null || source == MetaSource.TITLE ? "" : ", organ from the " + source.json();
    }

    /** Why the kind is not known, as a finding says it. */
    public String whyUnknown() {
        if (organ == null) return "报告的标题、开头、联系方式和落款都没有写明是哪个机关的报告";
        return "“" + organ + "”不能从名称确定是人民政府、乡镇、街道办事处还是政府部门";
    }

    public String whyUnknownEn() {
        if (organ == null) return "neither the title, the opening, the contact line nor the signature names the organ";
        return "the kind of \"" + organ + "\" (government, township, street office or department) cannot be told from its name";
    }
}
