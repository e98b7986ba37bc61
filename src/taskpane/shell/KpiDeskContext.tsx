/**
 * The pane's shared state: which workbook it talks to, the language it speaks, and a revision counter that makes
 * every reader refetch after a write. A typed React context — never a global — so that screens, hooks and tests
 * all receive it the same way.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { hasStrings, loadStrings, translator, type Locale, type Translate } from "../../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { BookProvider } from "../hooks/useBook";

/** What every screen and hook can reach. */
export interface KpiDesk {
  /** The workbook: Office.js in Excel, the memory adapter in the preview and in tests. */
  port: WorkbookPort;
  /** The language the pane renders in. */
  locale: Locale;
  /**
   * Switches the pane's language (the workbook's own headers are chosen once, at set-up). The other language's
   * strings are fetched first when they are not here yet; the pane keeps speaking the current one until they are,
   * and if they cannot be fetched, `languageError` says so.
   */
  setLocale: (locale: Locale) => void;
  /**
   * The language last chosen: equal to `locale` except while the chosen language's strings download. Language
   * pickers show this one, so a click checks the option at once instead of after the download.
   */
  chosenLocale: Locale;
  /** Why the last switch of language failed (its strings could not be downloaded), or null. */
  languageError: unknown;
  /** Hides `languageError`. */
  dismissLanguageError: () => void;
  /** `t` bound to `locale`. */
  t: Translate;
  /** Today as an Excel serial (local calendar day): the "as of" date of overdue tasks, pace and periods. */
  today: number;
  /**
   * Bumped after every successful write, and when the port reports the sheet changed (a user's edit in Excel);
   * readers refetch when it changes, keeping what they showed (and any open form) until the new rows arrive.
   */
  revision: number;
  /** Marks the workbook as changed, so every `useTables` reads again. */
  invalidate: () => void;
}

const KpiDeskContext = createContext<KpiDesk | null>(null);

/** Props of {@link KpiDeskProvider}. */
export type KpiDeskProviderProps = {
  port: WorkbookPort;
  /** The language to start in (from Office's display language, or the preview's `?lang=`). */
  initialLocale: Locale;
  /** Today (Excel serial); tests pin it. */
  today: number;
  children: ReactNode;
};

/**
 * Provides {@link KpiDesk} to the tree below.
 * @param props - the port, the starting language, today and the children.
 * @returns the provider element.
 */
export function KpiDeskProvider({ port, initialLocale, today, children }: KpiDeskProviderProps) {
  const [locale, setShownLocale] = useState<Locale>(initialLocale);
  const [languageError, setLanguageError] = useState<unknown>(null);
  const dismissLanguageError = useCallback(() => setLanguageError(null), []);
  // The language last asked for: a slow download of an earlier choice must not override a later one.
  const wanted = useRef(initialLocale);
  const shown = useRef(initialLocale);
  const show = useCallback((next: Locale) => {
    shown.current = next;
    setShownLocale(next);
  }, []);
  const [chosenLocale, setChosenLocale] = useState<Locale>(initialLocale);
  const setLocale = useCallback(
    (next: Locale) => {
      wanted.current = next;
      setChosenLocale(next);
      setLanguageError(null);
      if (hasStrings(next)) {
        show(next);
        return;
      }
      loadStrings(next).then(
        () => {
          if (wanted.current === next) show(next);
        },
        (error: unknown) => {
          if (wanted.current !== next) return;
          // The pane keeps speaking the language it shows, and the pickers say so again.
          setLanguageError(error ?? new Error(String(error)));
          wanted.current = shown.current;
          setChosenLocale(shown.current);
        },
      );
    },
    [show],
  );
  const [revision, setRevision] = useState(0);
  const invalidate = useCallback(() => setRevision((r) => r + 1), []);
  // The pane follows the sheet: edits made in Excel reach every open screen as a new revision.
  useEffect(() => port.subscribe?.(invalidate), [port, invalidate]);
  const value = useMemo<KpiDesk>(
    () => ({
      port,
      locale,
      setLocale,
      chosenLocale,
      languageError,
      dismissLanguageError,
      t: translator(locale),
      today,
      revision,
      invalidate,
    }),
    [port, locale, setLocale, chosenLocale, languageError, dismissLanguageError, today, revision, invalidate],
  );
  return (
    <KpiDeskContext.Provider value={value}>
      {/* The team book every screen reads (hooks/useBook): one read and one build per revision. */}
      <BookProvider port={port} locale={locale} revision={revision}>
        {children}
      </BookProvider>
    </KpiDeskContext.Provider>
  );
}

/**
 * @returns the pane's shared state.
 * @throws Error when used outside {@link KpiDeskProvider} (a programming error, not a user one).
 */
export function useKpiDesk(): KpiDesk {
  const value = useContext(KpiDeskContext);
  if (!value) throw new Error("useKpiDesk must be used inside <KpiDeskProvider>");
  return value;
}
