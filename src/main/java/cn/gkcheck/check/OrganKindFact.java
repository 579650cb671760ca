package cn.gkcheck.check;

import cn.gkcheck.model.Meta;
import cn.gkcheck.model.MetaSource;
import cn.gkcheck.model.OrganKind;

/**
 * The kind of organ a report is of, inserted once per report so that the rules whose law depends on it
 * (Art. 49 deadlines, Art. 50(四) results) match the kind rather than each calling the classifier.
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
}
