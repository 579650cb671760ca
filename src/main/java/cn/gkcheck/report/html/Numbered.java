package cn.gkcheck.report.html;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Location;

/** A finding with its number on the report page, so that a cell's marker and the list item link to each other. */
record Numbered(int number, Finding finding) {

    Location at() {
        return finding.getLocation();
    }

    /** The finding names one cell: table, row and column. */
    boolean namesCell() {
        return at().getTable() != null && at().getRow() != null && at().getColumn() != null;
    }

    String cellKey() {
        return at().getTable() + "/" + at().getRow() + "/" + at().getColumn();
    }
}
