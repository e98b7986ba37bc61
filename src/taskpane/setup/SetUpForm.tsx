/**
 * Set up workbook, as the pane offers it: on first run (no KPI Desk tables yet) and when some tables are missing.
 * Chooses the language of the headers, with or without the sample team, shows progress while the tables are
 * written, and reports a failure in an ErrorBar. The ribbon's *Set up workbook* runs the same `setUpWorkbook`.
 */
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { LOCALES, type Locale } from "../../i18n";
import { setUpWorkbook, type SetUpResult } from "../../workbook/setup";
import { LongAction } from "../components/LongAction";
import { RadioField } from "../components/RadioField";
import { useAction } from "../hooks/useAction";
import { useKpiDesk } from "../shell/KpiDeskContext";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Props of {@link SetUpForm}. */
export type SetUpFormProps = {
  /** `firstRun`: the workbook has no KPI Desk table; `missing`: some tables are missing. */
  mode: "firstRun" | "missing";
  /** Missing and total table counts, for the `missing` mode's explanation. */
  missing?: { missing: number; total: number };
  /** Called with the result once the tables are written. */
  onDone: (result: SetUpResult) => void;
};

/**
 * @param props - mode, missing counts, completion callback.
 * @returns the set-up form.
 */
export function SetUpForm({ mode, missing, onDone }: SetUpFormProps) {
  const { port, locale, t, today } = useKpiDesk();
  const styles = useStyles();
  const titleId = useId();
  const [language, setLanguage] = useState<Locale>(locale);
  // The sample team is for a first look at an empty workbook; adding it beside real data would mix the two.
  const [withSample, setWithSample] = useState(false);
  // The sample is dated around today, so that its current quarter is the one the screens open on.
  const setUp = useAction((onProgress, chosen: Locale, sample: boolean) =>
    setUpWorkbook(port, { locale: chosen, withSample: sample, onProgress, sample: { asOf: today } }),
  );
  const running = setUp.status === "running";

  const submit = async () => {
    const result = await setUp.run(language, mode === "firstRun" && withSample);
    if (result) onDone(result);
  };

  return (
    <section className={styles.form} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t("tp.setup.title")}
      </h2>
      <Text>
        {mode === "firstRun"
          ? t("tp.setup.intro")
          : t("tp.setup.missing", { missing: missing?.missing ?? 0, total: missing?.total ?? 0 })}
      </Text>
      <RadioField
        label={t("tp.setup.language")}
        layout="horizontal"
        value={language}
        choices={LOCALES.map((option) => ({ value: option, text: t(`lang.${option}`) }))}
        onChange={setLanguage}
        disabled={running}
      />
      {mode === "firstRun" && (
        <Checkbox
          checked={withSample}
          onChange={(_, data) => setWithSample(data.checked === true)}
          label={t("tp.setup.sample")}
          disabled={running}
        />
      )}
      <LongAction
        action={setUp}
        label={mode === "firstRun" ? t("tp.setup.run") : t("tp.setup.addMissing")}
        onRun={submit}
        runningLabel={t("tp.setup.running")}
        steps="tp.setup.progress"
        failedTitle="tp.error.action"
      />
    </section>
  );
}
