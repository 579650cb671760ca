package cn.gkcheck.read.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.RowDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run-together figures are cut into cells only where exactly one cut makes the rows and the table consistent. */
class RelationSplitterTest {

    private static RawRow run(String key, String digits) {
        return new RawRow(List.of(new RawRow.Piece(key, 0)), null, new RawRow.Piece(digits, 0), key, 7);
    }

    private static RawRow spaced(String key, String... cells) {
        return new RawRow(List.of(new RawRow.Piece(key, 0)), Arrays.stream(cells).map(c -> new RawRow.Piece(c, 0)).toList(),
                null, key, 7);
    }

    @Test
    void theIssuesExampleHasOneCutThatAddsUp() {
        RawRow row = run("new", "152000118");
        var out = RelationSplitter.split("requests", List.of(row));
        assertThat(out.readable()).isTrue();
        assertThat(out.cuts().get(row)).containsExactly("15", "2", "0", "0", "0", "1", "18");
        assertThat(out.relations()).contains("总计 = 各类申请人之和");
    }

    @Test
    void aFigureNeverStartsWithZeroSoOnlyOneCutRemains() {
        // with "05" allowed, 1|2|5|05|21|2|36 and 1|25|05|2|1|2|36 would add up as well
        RawRow row = run("new", "1250521236");
        assertThat(Splits.of("1250521236", 7, 100, c -> true, RelationSplitter::rowHolds).cuts()).hasSize(1);
        assertThat(RelationSplitter.split("requests", List.of(row)).cuts().get(row)).containsExactly("12", "5", "0", "5", "2", "12", "36");
    }

    @Test
    void twoCutsThatBothAddUpLeaveTheTableUnreadable() {
        // 1|10|0|0|0|0|11 and 11|0|0|0|0|0|11: the row relation holds for both, and no column relation is there to decide
        var out = RelationSplitter.split("requests", List.of(run("new", "110000011")));
        assertThat(out.readable()).isFalse();
        assertThat(out.unreadable()).contains("“new”一行为“110000011”").contains("有不止一种切分");
    }

    @Test
    void theColumnRelationsDecideBetweenCutsThatEachAddUp() {
        List<RawRow> rows = table(Map.of("new", run("new", "110000011")));
        var out = RelationSplitter.split("requests", rows);
        assertThat(out.readable()).isTrue();
        assertThat(out.cuts().get(rows.get(0))).containsExactly("11", "0", "0", "0", "0", "0", "11");
        assertThat(out.relations()).contains("第一项 + 第二项 = （七）总计 + 四、结转下年度").contains("（七）总计 = 各项办理结果之和");
    }

    @Test
    void whenTheColumnRelationsCannotDecideEitherTheTableIsUnreadable() {
        // 一, （一） and （七） all "110000011": 1|10|… in all three balances as well as 11|0|… in all three
        List<RawRow> rows = table(Map.of("new", run("new", "110000011"), "granted", run("granted", "110000011"),
                "total", run("total", "110000011")));
        var out = RelationSplitter.split("requests", rows);
        assertThat(out.readable()).isFalse();
        assertThat(out.unreadable()).contains("有不止一种切分与");
    }

    @Test
    void aDefectiveTableHasNoConsistentCutAndIsNotGuessed() {
        // 二 carries one application over that appears nowhere: B1 fails for every cut of 一
        Map<String, RawRow> odd = new java.util.HashMap<>(Map.of("new", run("new", "110000011")));
        odd.put("carriedOver", spaced("carriedOver", "1", "0", "0", "0", "0", "0", "1"));
        var out = RelationSplitter.split("requests", table(odd));
        assertThat(out.readable()).isFalse();
        assertThat(out.unreadable()).contains("没有一种切分能使");
    }

    @Test
    void fewerDigitsThanCellsCannotBeCut() {
        var out = RelationSplitter.split("requests", List.of(run("withheld.7", "000000")));
        assertThat(out.unreadable()).contains("无法切分为 7 格");
    }

    @Test
    void oneDigitPerCellNeedsNoRelation() {
        RawRow row = new RawRow(List.of(), null, new RawRow.Piece("210151001200011", 0), null, 15);
        var out = RelationSplitter.split("appeals", List.of(row));
        assertThat(out.readable()).isTrue();
        assertThat(out.relations()).isNull(); // the broken 2+1+0+1≠5 is the balance rule's to report, not a reason to refuse
        assertThat(out.cuts().get(row)).containsExactly("2", "1", "0", "1", "5", "1", "0", "0", "1", "2", "0", "0", "0", "1", "1");
    }

    @Test
    void theAppealsRowIsCutByItsThreeTotals() {
        RawRow row = new RawRow(List.of(), null, new RawRow.Piece("10200120000000000", 0), null, 15);
        var out = RelationSplitter.split("appeals", List.of(row));
        assertThat(out.readable()).isTrue();
        assertThat(out.cuts().get(row)).containsExactly("10", "2", "0", "0", "12", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void aProactiveRowWithSeveralCutsHasNoRelationToDecide() {
        RawRow row = new RawRow(List.of(new RawRow.Piece("行政规范性文件", 0)), null, new RawRow.Piece("5248", 0), null, 3);
        var out = RelationSplitter.split("proactive", List.of(row));
        assertThat(out.unreadable()).contains("“行政规范性文件”一行为“5248”").contains("没有可据以确定切分的勾稽关系");
        RawRow zeros = new RawRow(List.of(new RawRow.Piece("规章", 0)), null, new RawRow.Piece("003", 0), null, 3);
        assertThat(RelationSplitter.split("proactive", List.of(zeros)).cuts().get(zeros)).containsExactly("0", "0", "3");
    }

    @Test
    void fullWidthFiguresAreCutAndAddedUpLikeAnyOther() {
        RawRow row = run("new", "１５２０００１１８");
        assertThat(RelationSplitter.split("requests", List.of(row)).cuts().get(row))
                .containsExactly("１５", "２", "０", "０", "０", "１", "１８");
    }

    @Test
    void aDashIsACellOfItsOwn() {
        RawRow row = run("withheld.8", "0/00000");
        assertThat(RelationSplitter.split("requests", List.of(row)).cuts().get(row)).containsExactly("0", "/", "0", "0", "0", "0", "0");
    }

    @Test
    void aRowNumberRunIntoTheFiguresBeforeItBelongsToTheNextLabel() {
        String text = "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000";
        var scanned = TableScanner.scan(text, 0, text.length(), TableWords.of("requests").orElseThrow());
        List<RawRow> rows = scanned.lines().stream().filter(l -> l instanceof TableScanner.Data)
                .map(l -> ((TableScanner.Data) l).row()).toList();
        assertThat(rows).extracting(RawRow::label).containsExactly("（三）不予公开1.属于国家秘密", "2.其他法律行政法规禁止公开");
        assertThat(rows).extracting(RawRow::key).containsExactly("withheld.1", "withheld.2");
        assertThat(rows).extracting(r -> r.run().text()).containsExactly("0000000", "0000000");
    }

    /** A whole 2019-layout 申请 table of zeros, but for the rows given and 11 natural persons granted in total. */
    @Test
    void aSpacedRowShortOfACellHasItsBlankPlacedWhereOnlyOnePlaceAgreesWithTheColumns() {
        // 一 must read 11 0 0 0 0 0 11 by B1: with six figures printed, only a blank 总计 keeps every column right
        RawRow shortRow = spaced("new", "11", "0", "0", "0", "0", "0");
        List<RawRow> rows = table(Map.of("new", shortRow));
        var out = RelationSplitter.split("requests", rows);
        assertThat(out.readable()).isTrue();
        assertThat(out.cuts().get(shortRow)).containsExactly("11", "0", "0", "0", "0", "0", "");
    }

    @Test
    void aSpacedRowShortOfACellWhoseBlankFitsSeveralPlacesLeavesTheTableUnreadable() {
        // 11 _ 0 0 0 0 11 with the blank in any of the five zero columns: every column still adds up
        List<RawRow> rows = table(Map.of("new", spaced("new", "11", "0", "0", "0", "0", "11")));
        var out = RelationSplitter.split("requests", rows);
        assertThat(out.readable()).isFalse();
        assertThat(out.unreadable()).startsWith("“new”一行只有 6 格（“11 0 0 0 0 11”），应有 7 格：有不止一种空白格位置与");
    }

    private static List<RawRow> table(Map<String, RawRow> given) {
        List<RawRow> rows = new ArrayList<>();
        for (RowDef r : OfficialFormat.F2019.requireTable("requests").rows()) {
            if (given.containsKey(r.key())) rows.add(given.get(r.key()));
            else if (r.key().equals("granted") || r.key().equals("total")) rows.add(spaced(r.key(), "11", "0", "0", "0", "0", "0", "11"));
            else rows.add(spaced(r.key(), "0", "0", "0", "0", "0", "0", "0"));
        }
        // 一 first: the test reads its cut as rows.get(0)
        return rows;
    }
}
