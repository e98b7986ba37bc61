/** Strings of src/commands: what the ribbon commands tell the user (in the task pane they open). */
export const en = {
  "cmd.setUp.running": "Setting up the workbook… (step {done} of {total})",
  "cmd.setUp.failed":
    "Set up workbook did not finish: {detail} Tables already in the workbook were not changed; run it again to create the rest.",
  "cmd.busy": "KPI Desk is still running the previous command; try again when it has finished.",
  "cmd.unexpected": "unexpected error ({detail}).",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "cmd.setUp.running": "正在设置工作簿…（第 {done} 步，共 {total} 步）",
  "cmd.setUp.failed": "设置工作簿未完成：{detail}工作簿中已有的表没有被改动；再次运行即可创建其余的表。",
  "cmd.busy": "绩效管理仍在执行上一条命令，请在其完成后再试。",
  "cmd.unexpected": "意外错误（{detail}）。",
};
