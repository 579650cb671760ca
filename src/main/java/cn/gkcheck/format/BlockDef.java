package cn.gkcheck.format;

import java.util.List;

/**
 * A block of the 主动公开 table, one per cited item of 第二十条: its caption
 * ("第二十条第（一）项"), the columns after 信息内容, the rows.
 */
public record BlockDef(String item, List<ColumnDef> columns, List<RowDef> rows) {
    public String caption() {
        return "第二十条第（" + item + "）项";
    }
}
