/** The pane's language switch: a compact menu in the header, one radio item per language. */
import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { GlobeRegular } from "@fluentui/react-icons";
import { LOCALES, type Locale } from "../../i18n";
import { useKpiDesk } from "./KpiDeskContext";

/**
 * Switches the language of the pane (not of the workbook's headers, which set-up chose).
 * @returns the menu.
 */
export function LanguageMenu() {
  const { locale, chosenLocale, setLocale, t } = useKpiDesk();
  const name = t(`lang.${locale}`);
  return (
    <Menu
      checkedValues={{ language: [chosenLocale] }}
      onCheckedValueChange={(_, data) => {
        const chosen = data.checkedItems[0] as Locale | undefined;
        if (chosen) setLocale(chosen);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          appearance="subtle"
          size="small"
          icon={<GlobeRegular />}
          aria-label={t("tp.lang.switch", { language: name })}
        >
          {name}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LOCALES.map((option) => (
            <MenuItemRadio key={option} name="language" value={option} lang={option}>
              {t(`lang.${option}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
