package cn.gkcheck.report;

import cn.gkcheck.check.RuleInfo;
import java.util.Map;

/**
 * What every output of one run shares: the gkcheck version, the language, and the rules the run
 * checked with (built-in and local), by id. No clock and no host name: outputs are reproducible.
 */
public record Run(String version, boolean english, Map<String, RuleInfo> rules) {}
