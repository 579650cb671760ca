package cn.gkcheck.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelIndexTest {
    @Test
    void aPrintedLabelFindsItsOfficialRowOrColumn() {
        assertThat(OfficialLabels.PROACTIVE_ROWS.best("行 政 许 可", LabelIndex.PROACTIVE_ROW).key()).isEqualTo("licensing");
        assertThat(OfficialLabels.PROACTIVE_COLUMNS.best("本年增减", LabelIndex.COLUMN).key()).isEqualTo("change");
        assertThat(OfficialLabels.REQUEST_COLUMNS.best("商业企", LabelIndex.HEADER).key()).isEqualTo("commercial");
        assertThat(OfficialLabels.PROACTIVE_ROWS.best("总体情况", LabelIndex.PROACTIVE_ROW)).isNull();
    }

    @Test
    void requestRowsAreComparedWithoutTheirNumbering() {
        RowDef secret = OfficialLabels.REQUEST_ROWS.defs().stream().filter(r -> r.key().equals("withheld.1")).findFirst().orElseThrow();
        assertThat(OfficialLabels.REQUEST_ROWS.isLabel("（1）属于国家秘密", secret)).isTrue();
        assertThat(OfficialLabels.REQUEST_ROWS.score("不予公开属于国家秘密", secret)).isEqualTo(1.0);
    }

    /** An official label that is also another entry's variant would make "the official label wins" a change of meaning. */
    @Test
    void noOfficialLabelIsAnotherEntrysName() {
        for (LabelIndex<?> index : java.util.List.of(OfficialLabels.SECTIONS, OfficialLabels.REQUEST_ROWS, OfficialLabels.REQUEST_COLUMNS,
                OfficialLabels.PROACTIVE_ROWS, OfficialLabels.PROACTIVE_COLUMNS, OfficialLabels.APPEAL_COLUMNS)) {
            check(index);
        }
    }

    private static <T> void check(LabelIndex<T> index) {
        for (T a : index.defs()) {
            for (T b : index.defs()) {
                if (a != b) assertThat(index.names(b)).doesNotContain(index.names(a).get(0));
            }
        }
    }
}
