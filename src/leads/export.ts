import ExcelJS from 'exceljs';
import { chmodSync, writeFileSync } from 'node:fs';
import type { Lead } from './leads.ts';

/** The export's columns, in order: header (Chinese, for staff), and how to read each cell from a lead. */
const EXPORT_COLUMNS: Array<[string, (l: Lead) => string | number | null | undefined]> = [
  ['编号', (l) => `L${String(l.id).padStart(6, '0')}`],
  ['类型', (l) => l.kind],
  ['阶段', (l) => l.stage],
  ['称呼', (l) => l.name],
  ['老家', (l) => l.hometown ?? (l.outsideJingzhou ? `${l.outsideJingzhou}(荆州以外)` : null)],
  ['现在城市', (l) => l.city],
  ['公司', (l) => l.company],
  ['行业', (l) => l.industry],
  ['项目', (l) => l.project],
  ['用地需求', (l) => l.siteNeeds],
  ['希望支持', (l) => l.supportWanted],
  ['投资规模(万元)', (l) => l.amountWan],
  ['手机号', (l) => l.phone],
  ['负责单位', (l) => l.ownerOffice],
  ['可能重复', (l) => (l.duplicateOf ? `L${String(l.duplicateOf).padStart(6, '0')}` : null)],
  ['登记时间', (l) => new Date(l.createdAt + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')],
];

/**
 * A cell that a spreadsheet would run as a formula (= + - @, also after tab or CR) gets a leading apostrophe,
 * the OWASP advice against CSV injection; numbers stay numbers.
 */
function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const csvQuote = (cell: string | number) => {
  const s = String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV in UTF-8 with a BOM, so that Excel shows the Chinese; CRLF line ends as RFC 4180 says. */
export function leadsToCsv(leads: readonly Lead[]): string {
  const rows = [EXPORT_COLUMNS.map(([h]) => h), ...leads.map((l) => EXPORT_COLUMNS.map(([, get]) => safeCell(get(l))))];
  return `\uFEFF${rows.map((r) => r.map(csvQuote).join(',')).join('\r\n')}\r\n`;
}

/** An .xlsx workbook with one sheet of leads (ExcelJS), header row bold and frozen. */
export async function leadsToXlsx(leads: readonly Lead[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('线索');
  sheet.addRow(EXPORT_COLUMNS.map(([h]) => h)).font = { bold: true };
  // Strings in .xlsx are stored as strings, never run as formulas: no escaping needed (or wanted) here.
  for (const l of leads) sheet.addRow(EXPORT_COLUMNS.map(([, get]) => get(l) ?? ''));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const c of sheet.columns) c.width = 14;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes an export readable by this account only (0600), also when it replaces an older, more open file. */
export function writeExportFile(file: string, content: string | Buffer): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}
