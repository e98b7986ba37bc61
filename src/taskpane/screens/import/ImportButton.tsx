/**
 * "Import from CRM" (Customers) and "Import survey answers" (People): a button opening a dialog with a file
 * input (CSV or XLSX), the preview the CLI prints (rows to add, to update from → to, unchanged, skipped with the reason) and
 * Apply. A file KPI Desk does not recognise (a CRM export, or survey answers from a tool other than Forms and
 * 问卷星) is mapped once ("Map columns", MapColumnsForm): the preview then reads it with that map, and Apply saves
 * the map in Settings with the rows; a file a saved map fits is read with it.
 * Reading, planning and applying are the pure import module's; this holds React and view state only.
 */
import {
  Button,
  Combobox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Select,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowImportRegular, DocumentRegular } from "@fluentui/react-icons";
import { useMemo, useRef, useState, type ChangeEvent } from "react";
import { KpiError } from "../../../core/errors";
import {
  applyImport,
  changeText,
  countsOf,
  mapDraftOf,
  mapsOfSettings,
  planImport,
  readImportBook,
  readImportFile,
  withOwners,
  type ImportMap,
  type ImportPreview,
  type SourceTable,
} from "../../../import";
import { formatDate, repeatedKeys } from "../../../format";
import type { Translate } from "../../../i18n";
import { DialogFrame, DialogPanel } from "../../components/DialogFrame";
import { ErrorBar } from "../../components/ErrorBar";
import { layoutRules } from "../../components/layout.styles";
import { Options, plainChoices } from "../../components/Options";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { MapColumnsForm } from "./MapColumnsForm";

const useStyles = makeStyles({
  surface: {
    maxWidth: "min(560px, calc(100vw - 16px))",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
  },
  list: {
    maxHeight: "180px",
    overflowY: "auto",
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    wordBreak: "break-word",
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  mapLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  owners: layoutRules.fieldset,
  // The browser's own file input says "Choose File / No file chosen" in the browser's language, not the pane's:
  // it stays in the page (labelled, focusable for the label) but is drawn as a button and the file's name.
  picker: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  chooser: { flexShrink: 0, whiteSpace: "nowrap" },
  fileName: { minWidth: 0, overflowWrap: "anywhere" },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Props of {@link ImportButton}. */
export type ImportButtonProps = {
  /** `crm`: Zoho CRM and 纷享销客 exports (and saved maps); `survey`: Microsoft Forms and 问卷星. */
  kind: "crm" | "survey";
};

/**
 * @param props - which import.
 * @returns the button and its dialog.
 */
export function ImportButton({ kind }: ImportButtonProps) {
  const { t, port, today } = useKpiDesk();
  const styles = useStyles();
  const fileId = useId("import-file");
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [table, setTable] = useState<SourceTable | null>(null);
  const [teams, setTeams] = useState<string[]>([]);
  const [team, setTeam] = useState("");
  const [people, setPeople] = useState<Person[]>([]);
  /** CRM owner text → ManagerID, chosen in the dialog for owners the Managers table does not know. */
  const [owners, setOwners] = useState<Record<string, string>>({});
  /** Every owner that needed a choice since the file was chosen (a chosen one stays listed, to change it). */
  const [unknown, setUnknown] = useState<string[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  /** The column maps saved in the workbook's Settings. */
  const [saved, setSaved] = useState<ImportMap[]>([]);
  /** A map made (or changed) in this dialog: the preview reads the file with it; Apply saves it. */
  const [newMap, setNewMap] = useState<ImportMap | null>(null);
  /** The file is a CRM export KPI Desk does not recognise and no saved map fits: "Map columns" is offered. */
  const [unrecognised, setUnrecognised] = useState(false);
  /** The map form is shown in place of the preview (with the map it starts from, if any). */
  const [mapping, setMapping] = useState<{ from?: ImportMap } | null>(null);
  const apply = useAction(async (_progress, p: ImportPreview, map: ImportMap | null) =>
    applyImport(port, p, { date: today }, map ? { map } : {}),
  );

  const plan = async (
    source: SourceTable,
    chosenTeam: string,
    chosenOwners: Record<string, string>,
    map: ImportMap | null = newMap,
  ) => {
    setPreview(null);
    setProblem(null);
    setUnrecognised(false);
    try {
      const { book, settings } = await readImportBook(port);
      setTeams([...new Set(book.Managers.map((m) => m.Team).filter((x): x is string => !!x))]);
      setPeople(
        book.Managers.map((m) => ({ id: m.ManagerID, name: m.Name ?? m.ManagerID, team: m.Team ?? "" })),
      );
      const savedMaps = mapsOfSettings(settings).maps;
      setSaved(savedMaps);
      const next = planImport(source, book, {
        // A map made here replaces a saved map of the same name, and is the one the file is read with.
        maps: map ? [map, ...savedMaps.filter((m) => !sameName(m.name, map.name))] : savedMaps,
        source: map?.name,
        team: chosenTeam === "" ? undefined : chosenTeam,
        owners: chosenOwners,
      });
      if (next.kind === "crm") {
        setUnknown((seen) => [...new Set([...seen, ...next.unknownOwners])]);
      }
      if (kind === "survey" && next.kind !== "survey") throw new KpiError("value", "import.err.notSurvey");
      if (kind === "crm" && next.kind !== "crm") throw new KpiError("value", "import.err.notCrm");
      setPreview(next);
    } catch (error) {
      // A file KPI Desk does not know is mapped here: a CRM table's fields, or a survey's team, date and questions.
      if (error instanceof KpiError && error.key === "import.err.unrecognised") setUnrecognised(true);
      else setProblem(error);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    apply.reset();
    if (!file) return;
    setFileName(file.name);
    try {
      // An .xlsx loads ExcelJS on demand (its own chunk); a CSV is read as text in any encoding Excel writes.
      const source = await readImportFile(file.name, await bytesOf(file));
      setTable(source);
      setOwners({});
      setUnknown([]);
      setNewMap(null);
      setMapping(null);
      await plan(source, team, {}, null);
    } catch (error) {
      setTable(null);
      setPreview(null);
      setUnrecognised(false);
      setProblem(error);
    }
  };

  const close = () => {
    setOpen(false);
    setFileName(null);
    setTable(null);
    setPreview(null);
    setProblem(null);
    setOwners({});
    setUnknown([]);
    setNewMap(null);
    setUnrecognised(false);
    setMapping(null);
    apply.reset();
  };

  const mapped = (map: ImportMap) => {
    setMapping(null);
    setNewMap(map);
    setOwners({});
    setUnknown([]);
    if (table) void plan(table, team, {}, map);
  };

  const chooseOwner = (owner: string, id: string) => {
    const next = { ...owners, [owner]: id };
    setOwners(next);
    if (table) void plan(table, team, next);
  };

  const counts = preview ? countsOf(preview) : null;
  const done = apply.status === "done";
  /** The saved map the preview read the file with (a map made here is `newMap`). */
  const savedMap = preview && !newMap ? saved.find((m) => m.name === preview.profile) : undefined;
  const mapToSave = newMap ? withOwners(newMap, owners) : null;
  const title = t(kind === "crm" ? "import.pane.crm" : "import.pane.survey");

  return (
    <>
      <Button size="small" icon={<ArrowImportRegular />} onClick={() => setOpen(true)}>
        {title}
      </Button>
      <DialogFrame open={open} onClose={close} surfaceClassName={styles.surface}>
        {mapping && table ? (
          <MapColumnsForm
            file={table}
            initial={mapDraftOf(kind === "survey" ? "Surveys" : "Deals", mapping.from)}
            taken={saved.map((m) => m.name).filter((n) => !mapping.from || !sameName(n, mapping.from.name))}
            onDone={mapped}
            onCancel={() => setMapping(null)}
          />
        ) : (
          <DialogPanel
            title={title}
            contentClassName={styles.content}
            actions={
              <>
                <Button appearance="secondary" onClick={close}>
                  {t(done ? "import.pane.close" : "import.pane.cancel")}
                </Button>
                {!done && (
                  <Button
                    appearance="primary"
                    disabled={
                      !counts ||
                      (counts.add + counts.update === 0 && !mapToSave) ||
                      apply.status === "running"
                    }
                    onClick={() => preview && void apply.run(preview, mapToSave)}
                  >
                    {t("import.pane.apply")}
                  </Button>
                )}
              </>
            }
          >
            <Field
              label={{
                children: t(kind === "crm" ? "import.pane.fileCrm" : "import.pane.fileSurvey"),
                htmlFor: fileId,
              }}
            >
              <div className={styles.picker}>
                <input
                  id={fileId}
                  ref={fileInput}
                  className={styles.hiddenInput}
                  type="file"
                  accept=".csv,.txt,.xlsx"
                  onChange={(e) => void onFile(e)}
                  disabled={done}
                  tabIndex={-1}
                />
                <Button
                  className={styles.chooser}
                  size="small"
                  icon={<DocumentRegular />}
                  disabled={done}
                  onClick={() => fileInput.current?.click()}
                >
                  {t("import.pane.choose")}
                </Button>
                <Text className={styles.fileName}>{fileName ?? t("import.pane.noFile")}</Text>
              </div>
            </Field>
            {kind === "survey" && (
              <Field label={t("import.pane.team")}>
                <Select
                  value={team}
                  disabled={done}
                  onChange={(_, d) => {
                    setTeam(d.value);
                    if (table) void plan(table, d.value, owners);
                  }}
                >
                  <Options none={t("import.pane.teamFromForm")} choices={plainChoices(teams)} />
                </Select>
              </Field>
            )}
            {kind === "crm" && unknown.length > 0 && !done && (
              <OwnerPickers owners={unknown} chosen={owners} people={people} onChoose={chooseOwner} />
            )}
            {unrecognised && !done && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {t(kind === "survey" ? "import.pane.unrecognisedSurvey" : "import.pane.unrecognised")}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => setMapping({})}>
                    {t("import.pane.mapColumns")}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {/* A new map stays changeable when it cannot preview yet (a survey map without a team). */}
            {(newMap || (savedMap && preview)) && !done && (
              <div className={styles.mapLine}>
                <Text>
                  {newMap
                    ? t("import.pane.newMap", { name: newMap.name })
                    : t("import.pane.savedMap", { name: savedMap?.name ?? "" })}
                </Text>
                <Button size="small" onClick={() => setMapping({ from: newMap ?? savedMap })}>
                  {t("import.pane.changeMap")}
                </Button>
              </div>
            )}
            {problem !== null && <ErrorBar error={problem} titleKey="import.pane.cannot" />}
            {apply.error !== null && <ErrorBar error={apply.error} titleKey="import.pane.cannot" />}
            {preview && counts && (
              <>
                <MessageBar intent={done ? "success" : "info"} layout="multiline">
                  <MessageBarBody>
                    {done
                      ? t("import.applied", { added: counts.add, updated: counts.update })
                      : t("import.summary", {
                          file: preview.fileName,
                          profile: preview.profile,
                          ...counts,
                        })}
                  </MessageBarBody>
                </MessageBar>
                <PreviewLists preview={preview} listClass={styles.list} />
              </>
            )}
          </DialogPanel>
        )}
      </DialogFrame>
    </>
  );
}

/** Map names are Settings keys: compared without case, as Settings keys are. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A person the owner pickers offer. */
export type Person = { id: string; name: string; team: string };

/**
 * What a picker shows for a person: name and team, with the labelled employee number only when another person has
 * the same name (as the other pickers and the report's lists do).
 */
export function personText(p: Person, shared: ReadonlySet<string>, t: Translate): string {
  const name = shared.has(p.name.trim())
    ? t("import.pane.ownerSameName", { name: p.name, id: p.id })
    : p.name;
  return p.team ? `${name} · ${p.team}` : name;
}

/** The names two or more people share. */
export function sharedNames(people: readonly Person[]): Set<string> {
  return repeatedKeys(people, (p) => p.name.trim());
}

/**
 * One searchable picker per CRM owner the Managers table does not know: typing filters the people by name, team
 * or ID; choosing one maps the owner, and the preview is planned again with their rows.
 */
function OwnerPickers(props: {
  owners: readonly string[];
  chosen: Readonly<Record<string, string>>;
  people: readonly Person[];
  onChoose: (owner: string, id: string) => void;
}) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  return (
    <fieldset className={styles.owners}>
      <legend>
        <Text weight="semibold">{t("import.pane.owners")}</Text>
      </legend>
      {props.owners.map((owner) => (
        <OwnerPicker key={owner} owner={owner} {...props} />
      ))}
    </fieldset>
  );
}

function OwnerPicker({
  owner,
  chosen,
  people,
  onChoose,
}: {
  owner: string;
  chosen: Readonly<Record<string, string>>;
  people: readonly Person[];
  onChoose: (owner: string, id: string) => void;
}) {
  const { t } = useKpiDesk();
  const shared = useMemo(() => sharedNames(people), [people]);
  const text = (p: Person) => personText(p, shared, t);
  const picked = people.find((p) => p.id === chosen[owner]);
  const [query, setQuery] = useState(picked ? text(picked) : "");
  const needle = query.trim().toLowerCase();
  // Searched by what it shows and by ID (a CRM file may name its owners by employee number).
  const matches =
    picked && query === text(picked)
      ? people
      : people.filter(
          (p) =>
            needle === "" || text(p).toLowerCase().includes(needle) || p.id.toLowerCase().includes(needle),
        );
  return (
    <Field label={owner}>
      <Combobox
        placeholder={t("import.pane.ownerPick")}
        value={query}
        selectedOptions={picked ? [picked.id] : []}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          if (!data.optionValue) return;
          setQuery(data.optionText ?? "");
          onChoose(owner, data.optionValue);
        }}
      >
        {matches.map((p) => (
          <Option key={p.id} value={p.id} text={text(p)}>
            {text(p)}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option disabled value="" text="">
            {t("import.pane.ownerNone", { query: query.trim() })}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}

/** A file's bytes through FileReader, which every host of the pane has (Blob.arrayBuffer is newer). */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/** The preview's lists, each under a heading, as the CLI prints them. */
function PreviewLists({ preview, listClass }: { preview: ImportPreview; listClass: string }) {
  const { t, locale } = useKpiDesk();
  const section = (key: Parameters<typeof t>[0], items: string[]) =>
    items.length === 0 ? null : (
      <div>
        <Text weight="semibold">{t(key, { count: items.length })}</Text>
        <ul className={listClass}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </div>
    );
  const line = (n: number) => (n > 0 ? `${t("import.line", { line: n })} · ` : "");
  return (
    <>
      {preview.kind === "crm"
        ? section(
            "import.pane.toAdd",
            preview.add.map((a) => `${line(a.line)}${a.label}`),
          )
        : section(
            "import.pane.rounds",
            preview.rounds.map((r) =>
              t("import.round", {
                date: formatDate(r.date),
                team: r.team,
                question: r.question,
                added: r.added,
                present: r.present,
              }),
            ),
          )}
      {section(
        "import.pane.toUpdate",
        preview.update.map(
          (u) =>
            `${line(u.line)}${u.label}: ${u.changes.map((c) => changeText(preview.table, c, locale)).join("; ")}`,
        ),
      )}
      {section(
        "import.pane.skipped",
        preview.skipped.map((s) => `${line(s.line)}${s.label ? `${s.label}: ` : ""}${t(s.key, s.params)}`),
      )}
      {preview.unknownOwners.length > 0 && (
        <Text>{t("import.unknownOwners", { owners: preview.unknownOwners.join(", ") })}</Text>
      )}
      {preview.unmappedStages.length > 0 && (
        <Text>{t("import.unmappedStages", { stages: preview.unmappedStages.join(", ") })}</Text>
      )}
      {preview.ignoredQuestions.length > 0 && (
        <Text>{t("import.ignoredQuestions", { questions: preview.ignoredQuestions.join(" / ") })}</Text>
      )}
      {preview.missing.length > 0 && (
        <Text>{t("import.missing", { ids: preview.missing.map((m) => m.id).join(", ") })}</Text>
      )}
    </>
  );
}
