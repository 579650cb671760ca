package cn.gkcheck.prose;

import cn.gkcheck.model.Report;

/**
 * What the report's prose states about section 五 and about fees, derived once per report so
 * that the rules read as the format does ("section 五 states no problem", "the fee position is
 * stated nowhere") instead of calling helpers in an eval.
 *
 * @param problemsEmpty      section 五 says nothing, or only "无"
 * @param feeStatedInSix     section 六 states the 信息处理费 position (collected or not)
 * @param feeStatedElsewhere a section 一–五 states it (e.g. "依申请公开政府信息不收取任何费用")
 * @param feeMisplaced       a fee paragraph stands in 四 or 五 (reported as misplaced instead)
 * @param unpaidFeeNotices   三（六）2 逾期未按收费通知缴费, its total (0 where absent or unreadable)
 * @param otherMattersNone   section 六 says only "无其他需要报告的事项" (or is empty)
 */
public record Statements(boolean problemsEmpty, boolean feeStatedInSix, boolean feeStatedElsewhere, boolean feeMisplaced,
                         long unpaidFeeNotices, boolean otherMattersNone) {

    public static Statements of(Report r) {
        return new Statements(Content.problemsEmpty(r), Content.feeStated(r), Content.feeStatedElsewhere(r),
                Content.feeElsewhere(r), Content.unpaidFeeNotices(r), Content.otherMattersNone(r));
    }

    /** The fee position is stated somewhere, or reported as misplaced: no "fee missing" finding is due. */
    public boolean isFeeAccountedFor() {
        return feeStatedInSix || feeStatedElsewhere || feeMisplaced;
    }
}
