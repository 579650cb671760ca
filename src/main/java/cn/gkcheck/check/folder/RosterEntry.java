package cn.gkcheck.check.folder;

/**
 * One organ that must file a report (a line of the roster): its name as the supervisor writes it, its kind
 * and region as the roster states them (shown in findings, not interpreted), and its line, for messages.
 */
public record RosterEntry(String organ, String kind, String region, int line) {

    /** "溪南区教育局（部门，溪南区）": how findings name the entry. */
    public String describe() {
        String extra = String.join("，", java.util.stream.Stream.of(kind, region).filter(s -> s != null && !s.isBlank()).toList());
        return extra.isEmpty() ? organ : organ + "（" + extra + "）";
    }
}
