package cn.gkcheck.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import cn.gkcheck.model.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finding rests on: for a balance relation its name, the operand cells with their keys,
 * labels, raw text and values, the expected and the actual sum; for a text finding the raw text.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"relation", "outcome", "expression", "expected", "actual", "operands", "missing", "blocks", "raw"})
public class Evidence {
    private String relation;
    /** violated or notEvaluated, for relations. */
    private String outcome;
    private String expression;
    private BigDecimal expected;
    private BigDecimal actual;
    private List<Cell> operands = new ArrayList<>();
    /** Operand cells that are absent from the report (row or column not found). */
    private List<String> missing = new ArrayList<>();
    /** The relations this cell or row keeps from being checked ("B2 requests/*&#47;natural"): folded into its finding. */
    private List<String> blocks = new ArrayList<>();
    private String raw;

    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getExpression() { return expression; }
    public void setExpression(String expression) { this.expression = expression; }
    public BigDecimal getExpected() { return expected; }
    public void setExpected(BigDecimal expected) { this.expected = expected; }
    public BigDecimal getActual() { return actual; }
    public void setActual(BigDecimal actual) { this.actual = actual; }
    public List<Cell> getOperands() { return operands; }
    public void setOperands(List<Cell> operands) { this.operands = operands; }
    public List<String> getMissing() { return missing; }
    public void setMissing(List<String> missing) { this.missing = missing; }
    public List<String> getBlocks() { return blocks; }
    public void setBlocks(List<String> blocks) { this.blocks = blocks; }
    public String getRaw() { return raw; }
    public void setRaw(String raw) { this.raw = raw; }
}
