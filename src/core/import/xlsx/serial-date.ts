/**
 * A spreadsheet date serial → 'yyyy-mm-dd' (or with 'hh:mm:ss' when it has
 * a time of day), the ISO text the import core reads. Days count from
 * 1899-12-30 (which absorbs Excel's phantom 29 February 1900 for every
 * date after it), or from 1904-01-01 in a workbook saved with the 1904
 * system (ECMA-376 Part 1, 18.17.4.1).
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial * MS_PER_DAY) / 1000) * 1000;
  const iso = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + ms).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
