package cn.gkcheck.prose;

import cn.gkcheck.model.Cell;
import java.util.List;

/**
 * One way of reading a number in the prose against the tables: which cells it would be (a sum
 * where the prose speaks of a group), described in both languages, and their value — null where
 * a cell is missing or holds no number, so that the reading cannot be evaluated.
 */
public record Reading(String zh, String en, String keys, List<Cell> cells, Long value) {
    public String table() { return keys.split("/")[0]; }

    /** Canonical row key, or the rows summed joined by "+" ("litigationDirect+litigationAfterReconsideration"). */
    public String row() { return keys.split("/")[1]; }

    public String column() { return keys.split("/")[2]; }

    public boolean evaluable() {
        return value != null;
    }
}
