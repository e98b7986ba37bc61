/**
 * Navigation between the registered screens: a Fluent TabList (arrow keys move between tabs, Enter or Space
 * opens one). When the labels do not fit the pane's width (8 screens in a 320 px pane), the strip turns compact:
 * icons only, except the selected tab which keeps its name; if that is still too wide (a long name such as
 * "Customers" or "Close period" in a 320 px pane), the selected tab drops its name too and is marked by its
 * underline alone. Every tab keeps its accessible name and shows it as a tooltip. Should even the icons not fit,
 * the strip scrolls sideways rather than wrapping.
 */
import { Tab, TabList, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { layoutRules } from "../components/layout.styles";
import type { ScreenDefinition } from "../screens/registry";
import { useKpiDesk } from "./KpiDeskContext";

/** Hidden from sight, still read by screen readers. */
const visuallyHidden = layoutRules.hidden;

const useStyles = makeStyles({
  nav: {
    overflowX: "auto",
    flexShrink: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { width: "max-content" },
  // Icon tabs closer together once labels are dropped, so the selected tab's name still fits beside the icons.
  tight: {
    "& .fui-Tab": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  },
  compact: {
    '& .fui-Tab[aria-selected="false"] .fui-Tab__content': visuallyHidden,
    '& .fui-Tab[aria-selected="false"] .fui-Tab__content--reserved-space': { display: "none" },
  },
  icons: {
    "& .fui-Tab .fui-Tab__content": visuallyHidden,
    "& .fui-Tab .fui-Tab__content--reserved-space": { display: "none" },
  },
});

/** Element id of a screen's tab, so its panel can be labelled by it. */
export const tabId = (screen: ScreenDefinition) => `kpi-tab-${screen.id}`;
/** Element id of a screen's panel. */
export const panelId = (screen: ScreenDefinition) => `kpi-panel-${screen.id}`;

/** Props of {@link Navigation}. */
export type NavigationProps = {
  screens: readonly ScreenDefinition[];
  selected: string;
  onSelect: (id: string) => void;
};

/**
 * `measure`: labels shown, about to be measured; then `full` if they fit, else `measureCompact`: only the selected
 * tab's label shown, measured again; then `compact` if that fits, else `icons` (no label at all).
 */
type Layout = "measure" | "full" | "measureCompact" | "compact" | "icons";

/**
 * @param props - the screens, the selected id, and the selection handler.
 * @returns the tab strip.
 */
export function Navigation({ screens, selected, onSelect }: NavigationProps) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const nav = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout>("measure");
  // The layout found for each language, set of screens, selection and strip width: a screen chosen again takes
  // it as it was, without the two measuring renders (each lays out the whole pane, the new screen included).
  const known = useRef(new Map<string, Layout>());
  const stripWidth = useRef(0);
  const settingKey = `${locale}|${screens.map((s) => s.id).join(",")}|${selected}|`;

  // Labels change width with the language and the screens; the pane's width changes when the user drags it.
  useLayoutEffect(
    () => setLayout(known.current.get(settingKey + stripWidth.current) ?? "measure"),
    [settingKey],
  );
  useEffect(() => {
    const element = nav.current;
    if (!element || typeof ResizeObserver === "undefined") return undefined;
    stripWidth.current = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === stripWidth.current) return;
      stripWidth.current = element.clientWidth;
      setLayout("measure");
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Runs before paint: the measuring render is never seen.
  useLayoutEffect(() => {
    if ((layout !== "measure" && layout !== "measureCompact") || !nav.current || !list.current) return;
    // The tabs' own widths, not the list's scrollWidth: the selection indicator's slide animation (a transform)
    // can add scrollable overflow for a moment just after the selection changed.
    let width = 0;
    for (const tab of Array.from(list.current.children)) width += (tab as HTMLElement).offsetWidth;
    stripWidth.current = nav.current.clientWidth;
    const fits = width <= stripWidth.current;
    if (layout === "measure") setLayout(fits ? "full" : "measureCompact");
    else setLayout(fits ? "compact" : "icons");
    if (layout === "measureCompact" || fits) {
      known.current.set(
        settingKey + stripWidth.current,
        layout === "measure" ? "full" : fits ? "compact" : "icons",
      );
    }
    // settingKey is read for the layout this measure is of; a new setting starts its own measure.
  }, [layout]);

  // A selected tab beyond the strip's edge is brought into view (keyboard users land there with the arrows); one
  // in view is left alone, so choosing a screen does not scroll (a scroll lays out the whole pane once more).
  useEffect(() => {
    const strip = list.current;
    const tab = strip?.querySelector('[aria-selected="true"]');
    if (!strip || !tab) return;
    const outer = strip.getBoundingClientRect();
    const inner = tab.getBoundingClientRect();
    if (inner.left < outer.left || inner.right > outer.right)
      tab.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected, layout]);

  const compact = layout === "compact" || layout === "measureCompact";
  const icons = layout === "icons";
  return (
    <nav ref={nav} aria-label={t("tp.nav.label")} className={styles.nav}>
      <TabList
        ref={list}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        className={mergeClasses(
          styles.list,
          (compact || icons) && styles.tight,
          compact && styles.compact,
          icons && styles.icons,
        )}
      >
        {screens.map((screen) => {
          const Icon = screen.icon;
          const tab = (
            <Tab
              key={screen.id}
              id={tabId(screen)}
              value={screen.id}
              icon={<Icon />}
              aria-controls={panelId(screen)}
            >
              {t(screen.labelKey)}
            </Tab>
          );
          return (compact && screen.id !== selected) || icons ? (
            <Tooltip key={screen.id} content={t(screen.labelKey)} relationship="inaccessible">
              {tab}
            </Tooltip>
          ) : (
            tab
          );
        })}
      </TabList>
    </nav>
  );
}
