/**
 * The People screen end to end on the preview's sample team: log a training course, record a one-on-one whose
 * dated action then shows in the person's work plan (Goals & plans), and enter two pulse rounds for a new team —
 * one below the anonymity threshold (hidden, with the reason) and one above it (shown). In both languages at
 * 320 px, and in English at a common pane width. The page's clock is pinned to the sample's "today" (2026-05-15).
 */
import assert from "node:assert/strict";
import { SAMPLE_AS_OF, enumLabel } from "../../src/model";
import { formatDate } from "../../src/format";
import { assertFits, openSample, test } from "./harness";

test(
  "people: log training, a one-on-one action lands in the work plan, pulse hidden vs shown",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width, tr }) => {
    const { page, screenshot } = context;
    const zh = locale === "zh-CN";
    const tag = await openSample(context, { lang: locale, width, height: 900, screen: tr("people.screen") });
    const section = page.getByRole("region", { name: tr("people.screen") });
    const personPicker = section.getByRole("combobox", { name: tr("people.field.person") });
    await personPicker.waitFor();
    const person = ((await personPicker.locator("option:checked").textContent()) ?? "").trim();
    assert.ok(person !== "", "no person chosen");
    // The sample's first person (M001) is at the top of the ladder: no readiness, and the criteria say why.
    await section.getByText(tr("people.criteria.top", { name: person })).waitFor();
    assert.equal(await section.getByRole("list", { name: tr("people.criteria.title") }).count(), 0);
    assert.equal(await section.getByText(tr("people.career.readiness"), { exact: true }).count(), 0);
    await assertFits(context, width, "development");
    await screenshot(`people development ${tag}`);

    // Log a course: it counts against this year's requirement.
    await section.getByRole("button", { name: tr("people.training.add") }).click();
    let dialog = page.getByRole("dialog");
    const course = zh ? "客户服务工作坊" : "Service workshop";
    await dialog.getByRole("textbox", { name: tr("people.field.course") }).fill(course);
    await dialog.getByRole("combobox", { name: tr("people.field.topic") }).fill(tr("people.topic.service"));
    await dialog.getByRole("textbox", { name: tr("people.field.hours") }).fill("6");
    await screenshot(`people training-form ${tag}`);
    await dialog.getByRole("textbox", { name: tr("people.field.hours") }).press("Enter");
    await dialog.waitFor({ state: "detached" });
    await section.getByText(tr("people.training.saved", { course, name: person })).waitFor();
    await section
      .getByRole("list", { name: tr("people.training.log", { period: "2026-Q2" }) })
      .getByText(course)
      .waitFor();

    // A one-on-one with an action due in five days: a week task in the person's work plan.
    await section.getByRole("tab", { name: tr("people.view.meetings") }).click();
    await section.getByRole("button", { name: tr("people.meetings.add") }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: tr("people.field.person") }).selectOption({ label: person });
    const topic = zh ? "五月一对一" : "May one-on-one";
    const action = zh ? "给重点客户发送续约方案" : "Send the renewal proposal to the key account";
    await dialog.getByRole("textbox", { name: tr("people.field.topic") }).fill(topic);
    await dialog
      .getByRole("textbox", { name: tr("people.meeting.actionLabel", { n: 1 }), exact: true })
      .fill(action);
    await dialog.getByLabel(tr("people.meeting.dueLabel", { n: 1 })).fill(formatDate(SAMPLE_AS_OF + 5));
    await screenshot(`people meeting-form ${tag}`);
    await dialog.getByRole("button", { name: tr("people.meeting.save") }).click();
    await dialog.waitFor({ state: "detached" });
    await section.getByText(tr("people.meetings.saved", { topic, name: person, tasks: 1 })).waitFor();
    await section
      .getByRole("list", { name: tr("people.meetings.actionsOf", { topic }) })
      .getByText(action)
      .waitFor();
    await assertFits(context, width, "meetings");
    await screenshot(`people meetings ${tag}`);

    await page.getByRole("tab", { name: tr("goals.screen") }).click();
    const goals = page.getByRole("region", { name: tr("goals.screen") });
    await goals.getByRole("combobox", { name: tr("goals.filter.person") }).selectOption({ label: person });
    await goals.getByRole("tab", { name: tr("goals.tab.plans") }).click();
    await goals
      .getByRole("tablist", { name: tr("goals.plan.horizon") })
      .getByRole("tab", { name: enumLabel("week", locale) })
      .click();
    await goals.getByRole("checkbox", { name: tr("goals.plan.done", { title: action }) }).waitFor();
    await screenshot(`people action-in-work-plan ${tag}`);

    // Pulse: a round of two answers (below the threshold of 3) stays hidden; a round of five is shown.
    await page.getByRole("tab", { name: tr("people.screen") }).click();
    await section.getByRole("tab", { name: tr("people.view.surveys") }).click();
    const team = zh ? "试点团队" : "Pilot team";
    const enterRound = async (kind: "enps" | "satisfaction", answers: string) => {
      await section.getByRole("button", { name: tr("people.round.add") }).click();
      const form = page.getByRole("dialog");
      await form.getByRole("combobox", { name: tr("people.field.surveyKind") }).selectOption(kind);
      await form.getByRole("combobox", { name: tr("people.field.team") }).fill(team);
      await form.getByRole("textbox", { name: tr("people.field.responses") }).fill(answers);
      await screenshot(`people round-form ${kind} ${tag}`);
      await form.getByRole("button", { name: tr("people.round.save") }).click();
      await form.waitFor({ state: "detached" });
    };
    await enterRound("enps", "9, 10");
    await section
      .getByText(
        tr("people.round.savedHidden", { count: 2, kind: enumLabel("enps", locale), team, threshold: 3 }),
      )
      .waitFor();
    await enterRound("satisfaction", "5, 4, 4, 2, 5");
    const card = section.getByRole("region", { name: team, exact: true });
    await card.getByText(tr("people.pulse.hidden", { threshold: 3 })).waitFor();
    await card.getByText("80%").waitFor();
    await card.getByText(tr("people.pulse.answers", { count: 5 })).waitFor();
    await card.scrollIntoViewIfNeeded();
    await assertFits(context, width, "surveys");
    await screenshot(`people surveys ${tag}`);
  },
);
