/** Strings of src/workbook: adapter errors and the set-up summary. */
export const en = {
  "workbook.err.tableMissing": "The workbook has no table “{table}”. Run Set up workbook to create it.",
  "workbook.err.idNotFound": "Table {table}: no row has the id “{id}”; nothing was changed.",
  "workbook.err.sheetNotOurs":
    "A sheet named “{sheet}” already exists and was not made by KPI Desk, so it was left untouched. Rename it and try again.",
  "workbook.err.sheetMissing":
    "The workbook has no sheet “{sheet}” any more (deleted or renamed). Generate the report again.",
  "workbook.err.badSheetName":
    "“{sheet}” cannot be a sheet name: at most 31 characters, none of : \\ / ? * [ ], and not blank.",
  "workbook.err.fileRead": "Could not read the workbook file {file}: {detail}",
  "workbook.err.conflict":
    "{count} {count, plural, one {row} other {rows}} of {table} changed in the sheet since this screen read them, and saving would overwrite those edits, so nothing was saved. The screen now shows the sheet's values: check them and make your change again.",
  "workbook.err.conflictDelete":
    "{count} {count, plural, one {row} other {rows}} of {table} changed in the sheet since this screen read them, so nothing was deleted. The screen now shows the sheet's values: check them and delete again if you still want to.",
  "workbook.err.duplicateId":
    "The id “{id}” is on {count} rows of the {table} sheet: this screen cannot tell which to save, so nothing was saved. Give each row its own id in the sheet, then save again.",
  "workbook.err.duplicateIdNamed":
    "The id “{id}” ({name}) is on {count} rows of the {table} sheet: this screen cannot tell which to save, so nothing was saved. Give each row its own id in the sheet, then save again.",
  "workbook.names.sep": ", ",
  "workbook.conflict.column": "{table} {id}, {column}: the sheet has “{sheet}”, this screen had “{pane}”.",
  "workbook.conflict.deleted": "{table} {id} was deleted in the sheet; it was not re-created.",
  "workbook.conflict.blank": "(blank)",
  "workbook.err.notXlsx.empty": "{file} is an empty file. KPI Desk reads Excel workbooks (.xlsx).",
  "workbook.err.notXlsx.ole":
    "{file} is not an .xlsx workbook: it is either a password-protected (encrypted) workbook or an old-format .xls file. KPI Desk reads .xlsx workbooks: open it in Excel, remove the password (File › Info › Protect Workbook) or save it as .xlsx, and try again.",
  "workbook.err.notXlsx.docx":
    "{file} is a Word document, not a workbook. KPI Desk reads Excel workbooks (.xlsx).",
  "workbook.err.notXlsx.pptx":
    "{file} is a PowerPoint presentation, not a workbook. KPI Desk reads Excel workbooks (.xlsx).",
  "workbook.err.notXlsx.pdf": "{file} is a PDF file, not a workbook. KPI Desk reads Excel workbooks (.xlsx).",
  "workbook.err.notXlsx.csv":
    "{file} is a CSV (comma-separated text) file, not a workbook. KPI Desk reads Excel workbooks (.xlsx): open it in Excel and save it as an .xlsx workbook.",
  "workbook.err.notXlsx.text":
    "{file} is a text file, not a workbook. KPI Desk reads Excel workbooks (.xlsx).",
  "workbook.err.notXlsx.binary":
    "{file} is not an Excel workbook (its content is neither an .xlsx package nor text). KPI Desk reads Excel workbooks (.xlsx).",
  "workbook.chart.asTable": "Chart: {title}",
  "workbook.chart.note":
    "Files written without Excel cannot draw charts: the chart's data is shown beside this note.",
  "workbook.formula.note": "In Excel this cell is the live formula {formula}",
  "workbook.formula.noteRun":
    "In Excel this cell is the live formula {formula}; the {count} cells below it, down to row {last}, hold the same formula for their own rows.",
  "workbook.setup.created":
    "Created {created} of {total} tables; {existing} already existed and were left as they were.",
  "workbook.setup.nothing": "All {total} tables already exist; nothing was changed.",
  "workbook.setup.sample": "Sample team added: {people} account managers, {rows} rows in all.",
  "workbook.setup.sampleSkipped":
    "The sample team was not added: the workbook already has KPI Desk tables, and sample rows would mix with real data.",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "workbook.err.tableMissing": "工作簿中没有“{table}”表。请先运行“设置工作簿”创建它。",
  "workbook.err.idNotFound": "{tableZh}表中没有编号为“{id}”的行；未做任何更改。",
  "workbook.err.sheetNotOurs":
    "已存在名为“{sheet}”的工作表，且不是由绩效管理生成的，因此未作改动。请重命名后重试。",
  "workbook.err.sheetMissing": "工作簿中已没有“{sheet}”工作表（已被删除或重命名）。请重新生成报告。",
  "workbook.err.badSheetName":
    "“{sheet}”不能作为工作表名：最多 31 个字符，不能包含 : \\ / ? * [ ]，也不能为空。",
  "workbook.err.fileRead": "无法读取工作簿文件 {file}：{detail}",
  "workbook.err.conflict":
    "{tableZh}表中有 {count} 行在本界面读取后已在工作表中被修改，保存会覆盖这些修改，因此未保存任何内容。界面已显示工作表中的当前值，请核对后重新修改。",
  "workbook.err.conflictDelete":
    "{tableZh}表中有 {count} 行在本界面读取后已在工作表中被修改，因此未删除任何内容。界面已显示工作表中的当前值，如仍需删除请再次操作。",
  "workbook.err.duplicateId":
    "“{tableZh}”工作表中有 {count} 行的编号都是“{id}”：本界面无法确定保存哪一行，因此未保存。请在工作表中为每行设置不同的编号后再保存。",
  "workbook.err.duplicateIdNamed":
    "“{tableZh}”工作表中有 {count} 行的编号都是“{id}”（{name}）：本界面无法确定保存哪一行，因此未保存。请在工作表中为每行设置不同的编号后再保存。",
  "workbook.names.sep": "，",
  "workbook.conflict.column": "{tableZh} {id}，{columnZh}：工作表中为“{sheet}”，本界面为“{pane}”。",
  "workbook.conflict.deleted": "{tableZh} {id} 已在工作表中删除，未重新创建。",
  "workbook.conflict.blank": "（空）",
  "workbook.err.notXlsx.empty": "{file} 是空文件。绩效管理读取 Excel 工作簿（.xlsx）。",
  "workbook.err.notXlsx.ole":
    "{file} 不是 .xlsx 工作簿：它是设置了密码（已加密）的工作簿，或旧格式的 .xls 文件。绩效管理读取 .xlsx 工作簿：请在 Excel 中打开它，取消密码（文件 › 信息 › 保护工作簿）或另存为 .xlsx 后重试。",
  "workbook.err.notXlsx.docx": "{file} 是 Word 文档，不是工作簿。绩效管理读取 Excel 工作簿（.xlsx）。",
  "workbook.err.notXlsx.pptx":
    "{file} 是 PowerPoint 演示文稿，不是工作簿。绩效管理读取 Excel 工作簿（.xlsx）。",
  "workbook.err.notXlsx.pdf": "{file} 是 PDF 文件，不是工作簿。绩效管理读取 Excel 工作簿（.xlsx）。",
  "workbook.err.notXlsx.csv":
    "{file} 是 CSV（逗号分隔的文本）文件，不是工作簿。绩效管理读取 Excel 工作簿（.xlsx）：请在 Excel 中打开并另存为 .xlsx 工作簿。",
  "workbook.err.notXlsx.text": "{file} 是文本文件，不是工作簿。绩效管理读取 Excel 工作簿（.xlsx）。",
  "workbook.err.notXlsx.binary":
    "{file} 不是 Excel 工作簿（内容既不是 .xlsx 文件包也不是文本）。绩效管理读取 Excel 工作簿（.xlsx）。",
  "workbook.chart.asTable": "图表：{title}",
  "workbook.chart.note": "不经 Excel 生成的文件无法绘制图表：图表数据见左侧表格。",
  "workbook.formula.note": "在 Excel 中，此单元格为实时公式 {formula}",
  "workbook.formula.noteRun":
    "在 Excel 中，此单元格为实时公式 {formula}；其下 {count} 个单元格（至第 {last} 行）为各自所在行的同一公式。",
  "workbook.setup.created": "已创建 {created} 张表（共 {total} 张）；{existing} 张已存在，保持原样。",
  "workbook.setup.nothing": "全部 {total} 张表均已存在，未做任何更改。",
  "workbook.setup.sample": "已加入示例团队：{people} 名客户经理，共 {rows} 行数据。",
  "workbook.setup.sampleSkipped": "未加入示例团队：工作簿中已有绩效管理的表，示例数据会与真实数据混在一起。",
};
