/**
 * "Map columns" for an export KPI Desk does not recognise: the table to import into, a name for the map, and for
 * each field of that table a dropdown of the file's headers (needed fields marked, a sample value of each column
 * from the first rows). A survey file (a tool other than Forms and 问卷星) maps the respondent's team, the date
 * and what each question measures instead, and shows no sample: an answer, a name or an e-mail is never shown.
 * The rules (what a map needs, a column used twice) are `checkMapDraft`'s in src/import; this holds React and the
 * draft only. Rendered inside the import dialog's surface, in place of the preview.
 */
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  MAP_FIELDS,
  MAP_KINDS,
  MAP_TABLES,
  MAP_TYPES,
  SURVEY_FIELDS,
  checkMapDraft,
  columnSamples,
  isNeededField,
  mapFieldLabel,
  surveyFieldLabel,
  type CrmField,
  type CrmTable,
  type ImportMap,
  type InteractionType,
  type MapDraft,
  type MapDraftField,
  type MapTable,
  type SourceTable,
  type SurveyField,
  type SurveyKind,
} from "../../../import";
import { FormDialog } from "../../components/FormDialog";
import { layoutRules } from "../../components/layout.styles";
import { Options, enumChoices, plainChoices } from "../../components/Options";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";

const useStyles = makeStyles({
  muted: layoutRules.soft,
  // In the dialog's scrolling column the bar keeps its full height (it would shrink under the fields' overlap).
  bar: { flexShrink: 0 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // A header and its sample can be long: the select keeps to the dialog's width.
  select: { minWidth: 0, maxWidth: "100%" },
  questions: { ...layoutRules.fieldset, gap: tokens.spacingVerticalS },
  // A question's wording is its label: long ones wrap rather than widen the pane.
  question: { overflowWrap: "anywhere" },
});

/** Props of {@link MapColumnsForm}. */
export type MapColumnsFormProps = {
  /** The file being mapped. */
  file: SourceTable;
  /** The form's starting values (a new map, or the map the preview used). */
  initial: MapDraft;
  /** Names of the other saved maps. */
  taken: readonly string[];
  /** Called with a map that passed the checks: the dialog previews the file with it. */
  onDone: (map: ImportMap) => void;
  onCancel: () => void;
};

/**
 * @param props - the file, the starting draft, the names taken and the handlers.
 * @returns the form, as the body of the import dialog.
 */
export function MapColumnsForm({ file, initial, taken, onDone, onCancel }: MapColumnsFormProps) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const samples = useMemo(() => columnSamples(file), [file]);
  const headers = useMemo(
    () =>
      file.headers
        .map((header, i) => ({ header, sample: samples[i] }))
        .filter((h, i) => h.header !== "" && file.headers.indexOf(h.header) === i),
    [file, samples],
  );
  const orderOf = (table: MapTable): MapDraftField[] =>
    table === "Surveys"
      ? ["mapName", ...SURVEY_FIELDS, "questions"]
      : ["mapName", ...MAP_FIELDS[table], "fixedType"];
  // The table is also kept apart from the draft so that the focus order follows the fields it shows.
  const [table, setTable] = useState(initial.table);
  const form = useForm<MapDraft, MapDraftField, ImportMap>({
    initial,
    check: (draft) => checkMapDraft({ ...draft, table }, file.headers, taken, locale),
    onSubmit: (map) => onDone(map),
    order: orderOf(table),
  });
  const { draft, update } = form;
  const survey = table === "Surveys";
  // The CRM table's fields (none for a survey map, whose fields are SurveyFields').
  const crmTable = survey ? null : table;
  const fields = crmTable ? MAP_FIELDS[crmTable] : [];
  const problems = orderOf(table)
    .map((f) => form.errors[f])
    .filter((m) => m !== undefined);
  const setColumn = (field: CrmField | SurveyField, header: string) =>
    update((d) => ({ ...d, columns: { ...d.columns, [field]: header } }));
  const sampleOf = (header: string | undefined) => headers.find((h) => h.header === header)?.sample ?? null;

  return (
    <FormDialog
      form={form}
      frame="body"
      title={t("import.map.title")}
      submitLabel={t("import.map.preview")}
      cancelLabel={t("import.pane.cancel")}
      onCancel={onCancel}
    >
      <Text className={styles.muted}>
        {t(survey ? "import.map.surveyIntro" : "import.map.intro", { file: file.fileName })}
      </Text>
      {problems.length > 0 && (
        <MessageBar className={styles.bar} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("import.map.problems")}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((m, i) => (
                <li key={i}>{t(m.key, m.params)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!survey && (
        <Field label={t("import.map.table")}>
          <Select
            className={styles.select}
            value={table}
            onChange={(_, d) => {
              setTable(d.value as CrmTable);
              update((x) => ({ ...x, table: d.value as CrmTable }));
            }}
          >
            <Options choices={MAP_TABLES.map((x) => ({ value: x, text: t(`import.table.${x}`) }))} />
          </Select>
        </Field>
      )}
      <Field label={t("import.map.name")} hint={t("import.map.nameHint")} required {...form.field("mapName")}>
        <Input
          ref={form.ref("mapName") as never}
          value={draft.name}
          onChange={(_, d) => update((x) => ({ ...x, name: d.value }))}
        />
      </Field>
      {fields.map((field) => {
        const chosen = draft.columns[field] ?? "";
        const sample = chosen === "" ? null : sampleOf(chosen);
        return (
          <Field
            key={field}
            label={t(mapFieldLabel(crmTable as CrmTable, field))}
            required={isNeededField(crmTable as CrmTable, field)}
            hint={sample === null ? undefined : t("import.map.sample", { sample })}
            {...form.field(field)}
          >
            <Select
              className={styles.select}
              ref={form.ref(field) as never}
              value={chosen}
              onChange={(_, d) => setColumn(field, d.value)}
            >
              <Options
                none={t("import.map.none")}
                choices={headers.map(({ header, sample: s }) => ({
                  value: header,
                  text: s === null ? header : t("import.map.option", { column: header, sample: s }),
                }))}
              />
            </Select>
          </Field>
        );
      })}
      {survey && (
        <SurveyFields
          headers={headers.map((h) => h.header)}
          draft={draft}
          form={form}
          setColumn={setColumn}
          setKind={(header, kind) =>
            update((d) => ({ ...d, questions: { ...(d.questions ?? {}), [header]: kind } }))
          }
        />
      )}
      {table === "Interactions" && (
        <Field label={t("import.map.fixedType")} {...form.field("fixedType")}>
          <Select
            className={styles.select}
            ref={form.ref("fixedType") as never}
            value={draft.fixedType}
            onChange={(_, d) => update((x) => ({ ...x, fixedType: d.value as InteractionType | "" }))}
          >
            <Options none={t("import.map.fixedTypeNone")} choices={enumChoices(MAP_TYPES, locale)} />
          </Select>
        </Field>
      )}
    </FormDialog>
  );
}

/**
 * A survey map's fields: the team and date columns (headers only, never a sample: a cell could be an answer or a
 * name), then one "what it measures" choice per other column. Columns left "not imported" are never read.
 */
function SurveyFields({
  headers,
  draft,
  form,
  setColumn,
  setKind,
}: {
  headers: readonly string[];
  draft: MapDraft;
  form: ReturnType<typeof useForm<MapDraft, MapDraftField, ImportMap>>;
  setColumn: (field: SurveyField, header: string) => void;
  setKind: (header: string, kind: SurveyKind | "") => void;
}) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const chosen = new Set(SURVEY_FIELDS.map((f) => draft.columns[f] ?? "").filter((h) => h !== ""));
  const questions = headers.filter((h) => !chosen.has(h));
  return (
    <>
      {SURVEY_FIELDS.map((field) => (
        <Field
          key={field}
          label={t(surveyFieldLabel(field))}
          required={field === "date"}
          hint={field === "team" ? t("import.map.teamHint") : undefined}
          {...form.field(field)}
        >
          <Select
            className={styles.select}
            ref={form.ref(field) as never}
            value={draft.columns[field] ?? ""}
            onChange={(_, d) => setColumn(field, d.value)}
          >
            <Options none={t("import.map.none")} choices={plainChoices(headers)} />
          </Select>
        </Field>
      ))}
      <fieldset className={styles.questions}>
        <legend>
          <Text weight="semibold">{t("import.map.questions")}</Text>
        </legend>
        {questions.map((header, i) => (
          <Field
            key={header}
            className={styles.question}
            label={header}
            {...(i === 0 ? form.field("questions") : {})}
          >
            <Select
              className={styles.select}
              ref={i === 0 ? (form.ref("questions") as never) : undefined}
              value={draft.questions?.[header] ?? ""}
              onChange={(_, d) => setKind(header, d.value as SurveyKind | "")}
            >
              <Options
                none={t("import.map.kind.none")}
                choices={MAP_KINDS.map((kind) => ({ value: kind, text: t(`import.map.kind.${kind}`) }))}
              />
            </Select>
          </Field>
        ))}
      </fieldset>
    </>
  );
}
