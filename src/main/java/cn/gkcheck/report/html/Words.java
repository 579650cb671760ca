package cn.gkcheck.report.html;

import cn.gkcheck.check.Severity;

/** The audit's own words, Chinese first and English with {@code --lang en}: one place for both. */
record Words(boolean english) {

    String w(String zh, String en) {
        return english ? en : zh;
    }

    String lang() {
        return english ? "en" : "zh-CN";
    }

    String severity(Severity s) {
        return switch (s) {
            case ERROR -> w("错误", "error");
            case WARNING -> w("警告", "warning");
            case INFO -> w("提示", "info");
        };
    }

    String result(Result r) {
        return switch (r) {
            case PASS -> w("通过", "pass");
            case WARNINGS -> w("仅有警告", "warnings only");
            case ERRORS -> w("有错误", "errors");
            case UNREADABLE -> w("无法读取", "unreadable");
        };
    }

    String unknown() {
        return w("不明", "unknown");
    }
}
