import { Dialog, Field, Input } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ConflictError } from "../../src/core/errors";
import { translator } from "../../src/i18n";
import { FormDialog } from "../../src/taskpane/components/FormDialog";
import { ChoiceField, TextAreaField, TextField } from "../../src/taskpane/components/FormFields";
import { useForm, useSaveForm, type FormCheck } from "../../src/taskpane/hooks/useForm";
import { KpiDeskProvider } from "../../src/taskpane/shell/KpiDeskContext";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { TODAY } from "./render";

const en = translator("en-US");

type Draft = { name: string; amount: string };
type Written = { name: string; amount: number };

/** Name required; amount a number. Messages from the catalogue, one naming its field through `{field}`. */
function check(draft: Draft): FormCheck<keyof Draft, Written> {
  const errors: Partial<Record<keyof Draft, { key: "people.err.required" | "customers.err.amountInvalid" }>> =
    {};
  if (draft.name.trim() === "") errors.name = { key: "people.err.required" };
  if (!/^\d+$/.test(draft.amount.trim())) errors.amount = { key: "customers.err.amountInvalid" };
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, value: { name: draft.name.trim(), amount: Number(draft.amount) } };
}

type Props = {
  onSubmit: (value: Written) => Promise<unknown>;
  onCancel: () => void;
  error?: unknown;
  frame?: "surface" | "dialog";
};

function TestForm({ onSubmit, onCancel, error, frame = "dialog" }: Props) {
  const form = useForm({
    initial: { name: "", amount: "" },
    check,
    onSubmit,
    order: ["name", "amount"],
    labelOf: (f) => (f === "name" ? "people.field.course" : undefined),
  });
  return (
    <FormDialog
      form={form}
      frame={frame}
      title="Test form"
      submitLabel="Save"
      cancelLabel="Cancel"
      onCancel={frame === "dialog" ? onCancel : undefined}
      error={error}
      errorTitle="people.notSaved"
    >
      <Field label="Name" {...form.field("name")}>
        <Input {...form.bind("name")} />
      </Field>
      <Field label="Amount" {...form.field("amount")}>
        <Input {...form.bind("amount")} />
      </Field>
    </FormDialog>
  );
}

function renderForm(props: Partial<Props> = {}) {
  const onSubmit = props.onSubmit ?? jest.fn(async () => true);
  const onCancel = props.onCancel ?? jest.fn();
  render(
    <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={TODAY}>
      <TestForm {...props} onSubmit={onSubmit} onCancel={onCancel} />
    </KpiDeskProvider>,
  );
  return { onSubmit, onCancel, user: userEvent.setup() };
}

describe("useForm and FormDialog", () => {
  it("shows no message before the first submit; then names each field and focuses the first in error", async () => {
    const { onSubmit, user } = renderForm();
    const name = await screen.findByRole("textbox", { name: "Name" });
    const amount = screen.getByRole("textbox", { name: "Amount" });
    expect(screen.queryByText(en("customers.err.amountInvalid"))).not.toBeInTheDocument();

    await user.type(amount, "x");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(name).toHaveFocus();
    expect(
      screen.getByText(en("people.err.required", { field: en("people.field.course") })),
    ).toBeInTheDocument();
    expect(screen.getByText(en("customers.err.amountInvalid"))).toBeInTheDocument();

    // From then on the messages follow what is typed; the focus goes to the first field still in error.
    await user.type(name, "Ada");
    expect(screen.queryByText(en("people.err.required", { field: en("people.field.course") }))).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(amount).toHaveFocus();
  });

  it("Enter in a single-line field submits the checked value, once however often it is pressed", async () => {
    let finish: (value: unknown) => void = () => undefined;
    const onSubmit = jest.fn(() => new Promise((resolve) => (finish = resolve)));
    const { user } = renderForm({ onSubmit });
    await user.type(await screen.findByRole("textbox", { name: "Name" }), " Ada ");
    await user.type(screen.getByRole("textbox", { name: "Amount" }), "12{Enter}");
    expect(onSubmit).toHaveBeenCalledWith({ name: "Ada", amount: 12 });

    // While the write runs the submit button is disabled and a second Enter writes nothing.
    const save = screen.getByRole("button", { name: "Save" });
    expect(save).toBeDisabled();
    await user.type(screen.getByRole("textbox", { name: "Amount" }), "{Enter}");
    expect(onSubmit).toHaveBeenCalledTimes(1);
    finish(true);
    await waitFor(() => expect(save).toBeEnabled());
  });

  it("Escape and Cancel call onCancel and write nothing", async () => {
    const { onSubmit, onCancel, user } = renderForm();
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "Ada");
    await user.keyboard("{Escape}");
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("inside a host's Dialog, Cancel closes it through the host's onOpenChange", async () => {
    const user = userEvent.setup();
    function Host() {
      const [open, setOpen] = useState(true);
      return (
        <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
          <TestForm frame="surface" onSubmit={async () => true} onCancel={() => undefined} />
        </Dialog>
      );
    }
    render(
      <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={TODAY}>
        <Host />
      </KpiDeskProvider>,
    );
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("shows a ConflictError of the last write in an error MessageBar under the fields, with the form's title", async () => {
    const conflict = new ConflictError([
      { table: "Deals", tableZh: "商机", id: "D1", kind: "changed", columns: [] },
    ]);
    renderForm({ error: conflict });
    await screen.findByRole("textbox", { name: "Name" });
    expect(screen.getByText(en("people.notSaved"))).toBeInTheDocument();
    expect(
      screen.getByText(en("workbook.err.conflict", conflict.params), { exact: false }),
    ).toBeInTheDocument();
  });

  describe("useSaveForm and the field helpers", () => {
    type Saved = { course: string; topic: string; kind: string; notes: string };
    const LABELS = {
      course: "people.field.course",
      topic: "people.field.topic",
      kind: "people.field.kind",
      notes: "people.field.notes",
    } as const;

    function SaveForm(props: { save: (value: Saved) => Promise<Saved>; onSaved: (value: Saved) => void }) {
      const form = useSaveForm({
        initial: { course: "", topic: "", kind: "", notes: "" },
        check: (d: Saved): FormCheck<keyof Saved, Saved> =>
          d.course.trim() === "" || d.kind === ""
            ? {
                ok: false,
                errors: {
                  ...(d.course.trim() === "" ? { course: { key: "people.err.required" } } : {}),
                  ...(d.kind === "" ? { kind: { key: "people.err.required" } } : {}),
                },
              }
            : { ok: true, value: d },
        labels: LABELS,
        save: props.save,
        onSaved: props.onSaved,
      });
      return (
        <FormDialog
          form={form}
          frame="dialog"
          title="Save form"
          submitLabel="Save"
          cancelLabel="Cancel"
          onCancel={() => undefined}
          errorTitle="people.notSaved"
        >
          <TextField form={form} name="course" required />
          <TextField form={form} name="topic" suggestions={["Excel", "Sales"]} />
          <ChoiceField
            form={form}
            name="kind"
            required
            none="(none)"
            choices={[{ value: "a", text: "Kind A" }]}
          />
          <TextAreaField form={form} name="notes" />
        </FormDialog>
      );
    }

    function renderSave(save: (value: Saved) => Promise<Saved>) {
      const onSaved = jest.fn();
      render(
        <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={TODAY}>
          <SaveForm save={save} onSaved={onSaved} />
        </KpiDeskProvider>,
      );
      return { onSaved, user: userEvent.setup() };
    }

    it("labels each field from the form's labels, names it in its message and focuses the first in error", async () => {
      const save = jest.fn(async (value: Saved) => value);
      const { onSaved, user } = renderSave(save);
      const course = await screen.findByRole("textbox", { name: en("people.field.course") });
      const topic = screen.getByRole("combobox", { name: en("people.field.topic") });
      const kind = screen.getByRole("combobox", { name: en("people.field.kind") });
      expect(topic).toHaveAttribute("list");
      const list = document.getElementById(topic.getAttribute("list") ?? "");
      expect([...(list?.querySelectorAll("option") ?? [])].map((o) => o.getAttribute("value"))).toEqual([
        "Excel",
        "Sales",
      ]);

      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(save).not.toHaveBeenCalled();
      expect(course).toHaveFocus();
      for (const label of [LABELS.course, LABELS.kind])
        expect(screen.getByText(en("people.err.required", { field: en(label) }))).toBeInTheDocument();

      await user.type(course, "Excel basics");
      await user.selectOptions(kind, "a");
      await user.type(screen.getByRole("textbox", { name: en("people.field.notes") }), "two days");
      await user.click(screen.getByRole("button", { name: "Save" }));
      const written = { course: "Excel basics", topic: "", kind: "a", notes: "two days" };
      await waitFor(() => expect(onSaved).toHaveBeenCalledWith(written));
      expect(save).toHaveBeenCalledWith(written);
    });

    it("keeps a failed write in the form's error bar and does not call onSaved", async () => {
      const conflict = new ConflictError([
        { table: "Training", tableZh: "培训", id: "T1", kind: "changed", columns: [] },
      ]);
      const { onSaved, user } = renderSave(async () => {
        throw conflict;
      });
      await user.type(await screen.findByRole("textbox", { name: en("people.field.course") }), "Excel");
      await user.selectOptions(screen.getByRole("combobox", { name: en("people.field.kind") }), "a");
      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(await screen.findByText(en("people.notSaved"))).toBeInTheDocument();
      expect(onSaved).not.toHaveBeenCalled();
      expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    });
  });
});
