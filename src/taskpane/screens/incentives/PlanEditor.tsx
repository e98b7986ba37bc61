/**
 * The plan editor: the plan's settings, its points grid, a live chart of what it pays, a worked example and the
 * what-if cost for the team — all recomputed from the draft as it is typed — and Save, which writes the Plans row
 * and the curve's Curves rows together (see savePlan.ts for how a failure is kept from half-writing them).
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  useId,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useDeferredValue, useMemo, useState, type ReactElement } from "react";
import type { MessageKey } from "../../../i18n";
import type { PlanRow } from "../../../model";
import { formatNumber, formatPercent } from "../../../format";
import { ErrorBar } from "../../components/ErrorBar";
import { NoticeBar } from "../../components/NoticeBar";
import { Options, enumChoices } from "../../components/Options";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import type { IncentivesTables } from "./incentivesView";
import { DEFAULT_TARGET_BONUS } from "../../../domain/incentives/payout";
import {
  curveHint,
  planChoices,
  planContext,
  planPreview,
  planToSave,
  withPlanField,
} from "../../../domain/incentives/planEditor";
import { PayoutChart } from "./PayoutChart";
import {
  checkPlan,
  checkPoints,
  curveUsers,
  draftOfPlan,
  emptyPlan,
  PLAN_BASES,
  PLAN_KINDS,
  PLAN_METHODS,
  pointsOf,
  type PlanDraft,
  type PlanField,
  type PointDraft,
} from "../../../domain/incentives/planForm";
import { PointsGrid } from "./PointsGrid";
import { savePlan, type SaveOutcome } from "../../../domain/incentives/savePlan";
import { planCost } from "../../../domain/incentives/whatIf";
import { WhatIfPanel } from "./WhatIfPanel";
import { BonusSteps, CommissionBreakdown } from "./WorkedExample";

/** The label of each field: also the `{field}` of its validation messages. */
export const PLAN_FIELD_LABELS: Record<PlanField, MessageKey> = {
  planId: "incentives.field.planId",
  name: "incentives.field.name",
  kind: "incentives.field.kind",
  basis: "incentives.field.basis",
  basisKpi: "incentives.field.basisKpi",
  method: "incentives.field.method",
  curve: "incentives.field.curve",
  quota: "incentives.field.quota",
  gateKpi: "incentives.field.gateKpi",
  gateMin: "incentives.field.gateMin",
  cap: "incentives.field.cap",
  from: "incentives.field.from",
  to: "incentives.field.to",
};

/** Props of {@link PlanEditor}. */
export type PlanEditorProps = {
  tables: IncentivesTables;
  /** The plan to edit, or null for a new one. */
  plan: PlanRow | null;
  period: string;
  team: string;
  /** After a save: the plan's id (a new plan is then edited as an existing one). */
  onSaved: (planId: string) => void;
  onClose: () => void;
};

/**
 * @param props - the workbook's rows, the plan (or none), period and team, and what to do after save and close.
 * @returns the editor.
 */
export function PlanEditor({ tables, plan, period, team, onSaved, onClose }: PlanEditorProps) {
  const { t, locale, port, today } = useKpiDesk();
  const styles = useIncentiveStyles();
  const curveListId = useId("curves");
  const isNew = plan === null;
  const [points, setPoints] = useState<PointDraft[]>(() => {
    const rows = plan ? pointsOf(tables.Curves, plan.Curve ?? "") : [];
    return rows.length > 0 ? rows : [{ key: 1, point: "", value: "" }];
  });
  // The plan and its points as this editor read them: the base of the save, however often the screen reloads.
  const [read, setRead] = useState(() => ({
    plan,
    points: plan ? tables.Curves.filter((c) => c.Curve.trim() === (plan.Curve ?? "").trim()) : [],
  }));
  const [chartTarget, setChartTarget] = useState(String(DEFAULT_TARGET_BONUS));
  const [exampleText, setExampleText] = useState<string | null>(null);
  const [gateMet, setGateMet] = useState(true);
  const save = useAction((_progress, input: Parameters<typeof savePlan>[1]) => savePlan(port, input));

  const { kpis, curveIds } = useMemo(() => planChoices(tables), [tables]);
  const ctx = useMemo(() => planContext(isNew, tables.Plans, kpis), [isNew, tables.Plans, kpis]);
  const pointsArg = t("incentives.points.arg");
  // Save needs valid fields (each message names its field, the first in error takes the focus) and a valid grid
  // (its issues are listed under it).
  const form = useForm({
    initial: () => (plan ? draftOfPlan(plan) : emptyPlan(today)),
    check: (d: PlanDraft) => {
      const fieldsChecked = checkPlan(d, ctx);
      if (!fieldsChecked.ok) return fieldsChecked;
      const saved = planToSave(fieldsChecked, checkPoints(points, d.kind, pointsArg));
      return saved ? { ok: true as const, value: saved } : { ok: false as const, errors: {} };
    },
    onSubmit: async (saved) => {
      const outcome = await save.run({ ...saved, isNew, read });
      if (outcome) {
        setRead(saved);
        onSaved(outcome.planId);
      }
    },
    order: Object.keys(PLAN_FIELD_LABELS) as PlanField[],
    labelOf: (f) => PLAN_FIELD_LABELS[f],
  });
  const { draft, tried: submitted } = form;
  const checked = useMemo(() => checkPlan(draft, ctx), [draft, ctx]);
  const grid = useMemo(() => checkPoints(points, draft.kind, pointsArg), [points, draft.kind, pointsArg]);
  // A new plan shares the curve with every plan naming it (even one whose id the draft repeats by mistake).
  const users = curveUsers(draft.curve, isNew ? "" : draft.planId, tables.Plans, tables.KPIs);
  const curveNote = curveHint(draft.curve, users, curveIds);
  // Chart and worked example: recomputed from the draft on every keystroke (a few dozen core calls).
  const visual = planPreview({ draft, grid, targetText: chartTarget, exampleText, gateMet });
  const { quota, example, exampleError } = visual;

  // What-if: the report for the people on the plan, deferred so typing in the grid stays quick.
  const ready = useMemo(() => planToSave(checked, grid), [checked, grid]);
  const whatIfInput = useDeferredValue(ready);
  const whatIf = useMemo(() => {
    if (!whatIfInput) return { cost: null, error: null };
    try {
      return {
        cost: planCost({ tables, ...whatIfInput, period, team, asOf: today, locale }),
        error: null,
      };
    } catch (error) {
      return { cost: null, error };
    }
  }, [whatIfInput, tables, period, team, today, locale]);

  const set = <F extends PlanField>(field: F, value: PlanDraft[F]) => {
    form.update((d) => withPlanField(d, field, value));
    // Naming an existing curve in an empty grid loads its points, so a plan can reuse a curve.
    if (field === "curve" && points.every((p) => p.point.trim() === "" && p.value.trim() === "")) {
      const loaded = pointsOf(tables.Curves, String(value));
      if (loaded.length > 0) setPoints(loaded);
    }
    save.reset();
  };

  const running = save.status === "running";
  const field = (f: PlanField, control: ReactElement, extra: { required?: boolean; hint?: string } = {}) => (
    <Field label={t(PLAN_FIELD_LABELS[f])} required={extra.required} hint={extra.hint} {...form.field(f)}>
      {control}
    </Field>
  );
  /** `ref`, `value` and `onChange` of the input or select of a field (changes go through `set`). */
  const input = <F extends PlanField>(f: F) => ({
    ref: form.ref(f),
    value: draft[f],
    onChange: (_: unknown, d: { value: string }) => set(f, d.value as PlanDraft[F]),
  });
  /** A field choosing one of an enum's values, each named in the pane's language. */
  const enumField = (f: PlanField, values: readonly string[], extra: { required?: boolean } = {}) =>
    field(
      f,
      <Select {...input(f)}>
        <Options choices={enumChoices(values, locale)} />
      </Select>,
      extra,
    );
  const kpiOptions = (
    <Options
      none={t("incentives.field.none")}
      choices={kpis.map((k) => ({
        value: k,
        // The KPI's name only (its code where it has none): the pane shows names, not ids.
        text: tables.KPIs.find((row) => row.KPI.trim() === k)?.Name?.trim() || k,
      }))}
    />
  );
  const commission = draft.kind === "commission";
  const chartTitle = t(commission ? "incentives.chart.titleCommission" : "incentives.chart.titleBonus");
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });

  return (
    <form
      className={styles.section}
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-label={t("incentives.editor.form")}
    >
      <div className={styles.bar}>
        <h2 className={styles.heading}>
          {isNew
            ? t("incentives.editor.newTitle")
            : t("incentives.editor.editTitle", { name: read.plan?.Name?.trim() || draft.planId })}
        </h2>
        <Button type="button" size="small" appearance="subtle" icon={<ArrowLeftRegular />} onClick={onClose}>
          {t("incentives.editor.back")}
        </Button>
      </div>
      <div className={styles.form}>
        <div className={styles.row2}>
          {field("planId", <Input {...input("planId")} readOnly={!isNew} />, {
            required: true,
            hint: isNew ? undefined : t("incentives.hint.planIdFixed"),
          })}
          {field("name", <Input {...input("name")} />, {
            required: true,
          })}
        </div>
        <div className={styles.row2}>
          {enumField("kind", PLAN_KINDS, { required: true })}
          {commission && enumField("method", PLAN_METHODS)}
        </div>
        <div className={styles.row2}>
          {enumField("basis", PLAN_BASES)}
          {field("basisKpi", <Select {...input("basisKpi")}>{kpiOptions}</Select>, {
            required: draft.basis === "kpi",
          })}
        </div>
        {field("curve", <Input {...input("curve")} list={curveListId} />, {
          required: true,
          hint: curveNote ? t(curveNote.key, curveNote.params) : undefined,
        })}
        <datalist id={curveListId}>
          {curveIds.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <div className={styles.row2}>
          {field("quota", <Input {...input("quota")} inputMode="decimal" />, {
            required: !commission && draft.basis === "deals",
            hint: commission
              ? t("incentives.hint.quota")
              : draft.basis === "deals"
                ? t("incentives.hint.quotaDeals")
                : undefined,
          })}
          {field("cap", <Input {...input("cap")} inputMode="decimal" />)}
        </div>
        <div className={styles.row2}>
          {field("gateKpi", <Select {...input("gateKpi")}>{kpiOptions}</Select>)}
          {field("gateMin", <Input {...input("gateMin")} inputMode="decimal" contentAfter="%" />, {
            required: draft.gateKpi.trim() !== "",
            hint: t("incentives.hint.gateMin"),
          })}
        </div>
        <div className={styles.row2}>
          {field("from", <Input {...input("from")} type="date" />)}
          {field("to", <Input {...input("to")} type="date" />)}
        </div>
      </div>

      <section
        className={styles.panel}
        aria-label={t(commission ? "incentives.points.titleTiers" : "incentives.points.titleBonus")}
      >
        <h3 className={styles.subheading}>
          {t(commission ? "incentives.points.titleTiers" : "incentives.points.titleBonus")}
        </h3>
        <PointsGrid
          points={points}
          kind={draft.kind}
          quotaBased={commission && quota !== null}
          issues={grid.issues}
          showTableIssues={submitted}
          onChange={(next) => {
            setPoints(next);
            save.reset();
          }}
        />
      </section>

      <section className={styles.panel} aria-label={chartTitle}>
        <h3 className={styles.subheading}>{chartTitle}</h3>
        {!commission && (
          <Field label={t("incentives.chart.targetBonus")}>
            <Input inputMode="decimal" value={chartTarget} onChange={(_, d) => setChartTarget(d.value)} />
          </Field>
        )}
        {visual.chart ? (
          <PayoutChart
            chart={visual.chart}
            title={chartTitle}
            formatX={(x) => (commission ? formatNumber(x) : formatPercent(x, 1))}
            formatY={(y) => formatNumber(y)}
            tickX={(x) => (commission ? compact.format(x) : formatPercent(x, 0))}
            tickY={(y) => compact.format(y)}
          />
        ) : (
          <Text className={styles.muted}>
            {visual.error ? visual.error.localized(locale) : t("incentives.chart.invalid")}
          </Text>
        )}
      </section>

      <section className={styles.panel} aria-label={t("incentives.example.title")}>
        <h3 className={styles.subheading}>{t("incentives.example.title")}</h3>
        <Field
          label={t(commission ? "incentives.example.amount" : "incentives.example.attainment")}
          validationMessage={
            exampleError === null
              ? undefined
              : t(exampleError, {
                  field: t(commission ? "incentives.example.amount" : "incentives.example.attainment"),
                })
          }
          validationState={exampleError === null ? "none" : "error"}
        >
          <Input
            inputMode="decimal"
            contentAfter={commission ? undefined : "%"}
            value={example}
            onChange={(_, d) => setExampleText(d.value)}
          />
        </Field>
        {!commission && draft.gateKpi.trim() !== "" && (
          <Checkbox
            checked={gateMet}
            onChange={(_, d) => setGateMet(d.checked === true)}
            label={t("incentives.example.gateMet", {
              kpi: kpiName(tables.KPIs, draft.gateKpi),
              min: draft.gateMin.trim() === "" ? "—" : `${draft.gateMin.trim()}%`,
            })}
          />
        )}
        {visual.commission && <CommissionBreakdown example={visual.commission} />}
        {visual.bonus && <BonusSteps example={visual.bonus} />}
        {!visual.commission && !visual.bonus && !visual.chart && (
          <Text className={styles.muted}>{t("incentives.chart.invalid")}</Text>
        )}
      </section>

      <WhatIfPanel kind={draft.kind} period={period} cost={whatIf.cost} error={whatIf.error} />

      {submitted && (!checked.ok || grid.issues.length > 0) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("incentives.err.fix")}</MessageBarBody>
        </MessageBar>
      )}
      {save.status === "failed" && <ErrorBar error={save.error} titleKey="incentives.err.notSaved" />}
      {save.status === "done" && save.result && (
        <Saved outcome={save.result} name={read.plan?.Name?.trim() || save.result.planId} />
      )}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={running}
          icon={running ? <Spinner size="tiny" /> : undefined}
        >
          {t("incentives.save")}
        </Button>
        <Button type="button" onClick={onClose}>
          {t("incentives.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** A KPI by its library name (its code when the library has no name for it). */
function kpiName(kpis: IncentivesTables["KPIs"], code: string): string {
  const kpi = kpis.find((k) => k.KPI.trim() === code.trim());
  return kpi?.Name?.trim() || code.trim();
}

function Saved({ outcome, name }: { outcome: SaveOutcome; name: string }) {
  const { t } = useKpiDesk();
  return (
    <NoticeBar layout="multiline">
      {t("incentives.saved", {
        name,
        added: outcome.added,
        changed: outcome.changed,
        removed: outcome.removed,
      })}
    </NoticeBar>
  );
}
