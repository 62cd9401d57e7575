/**
 * Sheet rows as a person reads them: runs of consecutive rows become ranges,
 * "26–35, 40, 52–53", so a report can say where its figures came from.
 */
export function describeSheetRows(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let end = start;
  for (let index = 1; index <= sorted.length; index++) {
    const row = sorted[index];
    if (row !== undefined && end !== undefined && row === end + 1) {
      end = row;
      continue;
    }
    if (start !== undefined && end !== undefined) parts.push(start === end ? String(start) : `${start}–${end}`);
    start = row;
    end = row;
  }
  return parts.join(', ');
}
