import { HEADER_COLOURS } from '../core/kpi/kpi-colours';

/** The add-on's table header, the same on every tab it writes: bold white on blue, wrapped. */
export function styleHeaderRow(header: GoogleAppsScript.Spreadsheet.Range): void {
  header
    .setFontWeight('bold')
    .setBackground(HEADER_COLOURS.background)
    .setFontColor(HEADER_COLOURS.font)
    .setWrap(true)
    .setVerticalAlignment('middle');
}
