package cn.gkcheck.check;

import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code out} that rule consequences write to. A rule names itself by passing
 * {@code drools}; its id, severity, category, title and basis are read from its metadata,
 * so the DRL stays the one place they are stated.
 */
public class Findings {
    private final Map<String, RuleInfo> catalog;
    private final Map<String, Severity> overrides;
    private final List<Finding> found = new ArrayList<>();

    /**
     * Which relations each cell of the report being checked blocks: worked out once per check, not once
     * per finding of a blank cell (a Findings lives for one report's session).
     */
    private Map<String, List<Equation>> blocked;
    private cn.gkcheck.model.Report blockedOf;

    private Map<String, List<Equation>> blockedBy(cn.gkcheck.model.Report report) {
        if (blockedOf != report) {
            blocked = Relations.blockedBy(report);
            blockedOf = report;
        }
        return blocked;
    }

    public Findings(Map<String, RuleInfo> catalog, Map<String, Severity> overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    /** The executable model hands consequences an {@code org.drools.model.Drools}. */
    public Builder rule(org.drools.model.Drools drools) {
        return rule((RuleContext) drools);
    }

    public Builder rule(RuleContext drools) {
        String id = String.valueOf(drools.getRule().getMetaData().get("id"));
        RuleInfo info = catalog.get(id);
        if (info == null) throw new IllegalStateException("rule " + drools.getRule().getName() + " has no catalog entry");
        return new Builder(info);
    }

    public List<Finding> all() {
        return found;
    }

    /** Builds one finding; {@link #add()} files it. */
    public class Builder {
        private final Finding f = new Finding();

        Builder(RuleInfo info) {
            f.setRule(info.id());
            f.setSeverity(overrides.getOrDefault(info.id(), info.severity()));
            f.setCategory(info.category());
            f.setTitle(info.title());
            f.setTitleEn(info.titleEn());
            f.setBasis(info.basis());
        }

        public Builder zh(String format, Object... args) {
            f.setMessage(String.format(format, args));
            return this;
        }

        public Builder en(String format, Object... args) {
            f.setMessageEn(String.format(format, args));
            return this;
        }

        /** A folder finding about one input of the folder. */
        public Builder file(String file) {
            f.getLocation().setFile(file);
            return this;
        }

        public Builder section(int number) {
            f.getLocation().setSection(number);
            return this;
        }

        public Builder at(Source source) {
            if (source != null) f.getLocation().setSource(source);
            return this;
        }

        public Builder table(String table) {
            f.getLocation().setTable(table);
            return this;
        }

        public Builder row(String row, String rowLabel) {
            f.getLocation().setRow(row);
            f.getLocation().setRowLabel(rowLabel);
            return this;
        }

        public Builder column(String column, String columnLabel) {
            f.getLocation().setColumn(column);
            f.getLocation().setColumnLabel(columnLabel);
            return this;
        }

        /** Points at one cell and keeps it, raw and read, as evidence. */
        public Builder cell(Cell c) {
            Location l = f.getLocation();
            l.setSection(OfficialFormat.sectionOf(c.getTable()).orElse(null));
            l.setTable(c.getTable());
            l.setRow(c.getRow());
            l.setColumn(c.getColumn());
            l.setRowLabel(c.getRowLabel());
            l.setColumnLabel(c.getColumnLabel());
            at(c.getSource());
            evidence().getOperands().add(c);
            evidence().setRaw(c.getRaw());
            return this;
        }

        /**
         * One finding for many cells of one table (a table that leaves many cells blank): located at
         * the table and its first cell, every cell kept as evidence with its place, and every relation
         * they block named in the evidence.
         */
        public Builder cells(cn.gkcheck.model.Report report, List<Cell> cells) {
            Cell first = cells.get(0);
            Location l = f.getLocation();
            l.setSection(OfficialFormat.sectionOf(first.getTable()).orElse(null));
            l.setTable(first.getTable());
            at(first.getSource());
            evidence().getOperands().addAll(cells);
            java.util.Map<String, List<Equation>> blocked = blockedBy(report);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (Cell c : cells) for (Equation e : blocked.getOrDefault(c.key(), List.of())) names.add(e.shortName());
            evidence().getBlocks().addAll(names);
            return this;
        }

        /**
         * One wrong cell that breaks its row and its column: located at the cell; the evidence holds
         * every relation it breaks ("B1、B3"), their expressions, and all their operands, the cell first.
         */
        public Builder crossing(Crossing x) {
            cell(x.cell());
            Evidence e = evidence();
            e.setOutcome("violated");
            e.setRelation(String.join("、", x.relations().stream().map(Equation::relation).distinct().toList()));
            e.setExpression(String.join("；", x.relations().stream().map(Equation::expression).toList()));
            for (Equation eq : x.relations()) {
                for (Cell c : eq.operands()) if (!e.getOperands().contains(c)) e.getOperands().add(c);
            }
            return this;
        }

        /** Keeps a cell as evidence without moving the finding's location to it (prose findings point at the text). */
        public Builder operand(Cell c) {
            evidence().getOperands().add(c);
            return this;
        }

        /** A further basis of this finding beside the rule's own (a regional profile beside Article 49). */
        public Builder alsoBasis(String basis) {
            if (basis != null && !basis.isBlank()) f.setBasis(f.getBasis() + "；" + basis);
            return this;
        }

        public Builder raw(String raw) {
            evidence().setRaw(raw);
            return this;
        }

        /**
         * A balance relation: its operands, expected and actual sums. A relation that could not
         * be evaluated has rules of its own (GK-BAL-Bn-UNCHECKED, warning), so --severity reaches it.
         */
        public Builder equation(Equation eq) {
            Location l = f.getLocation();
            l.setSection(OfficialFormat.sectionOf(eq.table()).orElse(null));
            l.setTable(eq.table());
            if (eq.perColumn()) l.setColumn(eq.fixedKey()); else l.setRow(eq.fixedKey());
            if (eq.perColumn()) l.setColumnLabel(eq.fixedLabel()); else l.setRowLabel(eq.fixedLabel());
            at(eq.firstSource());
            Evidence e = evidence();
            e.setRelation(eq.relation());
            e.setExpression(eq.expression());
            e.setOutcome(eq.outcome() == Equation.Outcome.VIOLATED ? "violated" : "notEvaluated");
            e.setExpected(eq.expected());
            e.setActual(eq.actual());
            e.getOperands().addAll(eq.operands());
            e.getMissing().addAll(eq.missing());
            return this;
        }

        /**
         * Names in this finding the relations the cell keeps from being checked, so that they are
         * not reported again one by one (one defect, one finding). Call after {@code zh} and {@code en}.
         */
        public Builder blocking(cn.gkcheck.model.Report report, Cell c) {
            List<Equation> blocked = blockedBy(report).getOrDefault(c.key(), List.of());
            if (blocked.isEmpty()) return this;
            for (Equation e : blocked) evidence().getBlocks().add(e.shortName());
            f.setMessage(f.getMessage() + "；因此无法核对" + Relations.blockedZh(blocked));
            if (f.getMessageEn() != null) f.setMessageEn(f.getMessageEn() + "; so these relations cannot be checked: " + Relations.blockedEn(blocked));
            return this;
        }

        private Evidence evidence() {
            if (f.getEvidence() == null) f.setEvidence(new Evidence());
            return f.getEvidence();
        }

        public void add() {
            found.add(f);
        }
    }
}
