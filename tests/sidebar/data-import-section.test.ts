/**
 * The "Import data" section alone, against the in-memory server, with the
 * real import core as its reader: a file over the size limit is refused
 * unread; a real export is read in the sidebar and only its month × channel
 * figures go to the server; a source mapped in the preview and the Sources
 * table edited by hand are saved for the team.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  formatName,
  importExport,
  importExportSteps,
  importProblemText,
  importTable,
  importTableSteps,
} from '../../src/core/import';
import type { DataImportPreview } from '../../src/shared/server-api';
import { columnMappingText, vatText } from '../../src/sidebar/import-reader/column-mapping-text';
import { exportReading } from '../../src/sidebar/import-reader/read-export';
import {
  applyMappingId,
  columnMappingView,
  mappingFieldId,
  useSavedMappingId,
} from '../../src/sidebar/sections/data-import/column-mapping-view';
import {
  SAVED_MAPPINGS_IDS,
  savedDeleteId,
  savedNameId,
  savedRenameId,
} from '../../src/sidebar/sections/data-import/saved-mappings-view';
import { DATA_IMPORT_IDS, unmappedChoiceId } from '../../src/sidebar/sections/data-import/data-import-ids';
import { vatIncludedId, vatQuestionView, vatRateId } from '../../src/sidebar/sections/data-import/vat-question-view';
import { createDataImportSection } from '../../src/sidebar/sections/data-import/data-import-section';
import { ruleChannelId, ruleRemoveId, SOURCES_IDS } from '../../src/sidebar/sections/data-import/sources-table-view';
import type { SectionFactory } from '../../src/sidebar/sections/section';
import { defaultTemplateSettings } from '../../src/shared/template-settings';
import { settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';
import { startSidebar as startWholeSidebar } from './support/start-sidebar';
import { byId, findById, fire, isDisabled, textOf } from './support/vnode-query';

const FIXTURES = join(import.meta.dirname, '../fixtures/exports');
const reader = {
  importExport,
  importTable,
  importExportSteps,
  importTableSteps,
  contentHash,
  importProblemText,
  formatName,
  columnMappingText,
  exportReading: (code: string | null) => exportReading({ importExportSteps, importTableSteps }, () => code),
  vatText,
  views: { columnMapping: columnMappingView, vatQuestion: vatQuestionView },
};
const section: SectionFactory = (host) => createDataImportSection(host, { loadReader: () => Promise.resolve(reader) });

function fixture(name: string): Blob & { name: string } {
  return Object.assign(new Blob([readFileSync(join(FIXTURES, name))]), { name });
}

async function start(server = new InMemoryServer(), year = 2026) {
  server.settings = { ...defaultTemplateSettings('en', year), currency: 'RUB' };
  const preview: DataImportPreview = { summary: 'Cells to change: 2.', details: [], cells: [] };
  server.previewDataImport = () => preview;
  server.applyDataImport = () => ({ message: 'Imported: cells written: 2.', details: [] });
  const sidebar = await startWholeSidebar({ server, sections: [section] });
  const choose = async (...files: (Blob & { name: string })[]) => {
    byId(sidebar.view(), DATA_IMPORT_IDS.files).on.change?.({
      value: '',
      key: '',
      files,
      preventDefault: () => undefined,
    });
    for (let i = 0; i < 5; i++) await settle();
  };
  return {
    sidebar,
    server,
    choose,
    calls: (name: string) => sidebar.connection.calls.filter((call) => call.name === name),
  };
}

describe('the Import data section', () => {
  it('refuses a file over 30 MB before reading it, and sends nothing', async () => {
    const { sidebar, choose, calls } = await start();
    const huge = {
      name: 'huge.csv',
      size: 50 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob & { name: string };
    await choose(huge);
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toBe(
      '"huge.csv" is 50 MB; a file may be at most 30 MB. Export a shorter period.',
    );
    expect(calls('previewDataImport')).toEqual([]);
    expect(isDisabled(byId(sidebar.view(), DATA_IMPORT_IDS.confirm))).toBe(true);
  });

  it("says when every date is outside the template's year, and sends nothing", async () => {
    const server = new InMemoryServer();
    const { sidebar, choose, calls } = await start(server, 2025);
    await choose(fixture('direct-wizard.utf8.csv'));
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.problems))).toContain(
      'Every date in "direct-wizard.utf8.csv" is outside 2025: nothing is counted.',
    );
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toBe('"direct-wizard.utf8.csv": nothing to import.');
    expect(calls('previewDataImport')).toEqual([]);
  });

  it('warns that a Metrica expense file holding Direct spend counts Direct twice, and still previews it', async () => {
    const { sidebar, choose, calls } = await start();
    const csv = 'Date,UTMSource,UTMMedium,Expenses\n2026-01-05,yandex,cpc,100\n2026-01-06,vk,cpm,50\n';
    await choose(Object.assign(new Blob([csv]), { name: 'metrica.csv' }));
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.problems))).toContain(
      '"metrica.csv" holds 1 row of Yandex Direct spend',
    );
    expect(calls('previewDataImport')).toHaveLength(1);
  });

  it('lists the first 20 unreadable rows and counts the rest', async () => {
    const { sidebar, choose } = await start();
    const bad = Array.from({ length: 25 }, (_, i) => `not a date ${i + 1},100,yandex`);
    const csv = ['Date,Expenses,UTMSource', '2026-01-05,100,yandex', ...bad].join('\n');
    await choose(Object.assign(new Blob([csv]), { name: 'expenses.csv' }));
    const problems = textOf(byId(sidebar.view(), DATA_IMPORT_IDS.problems));
    expect(problems).toContain('not a date 20');
    expect(problems).not.toContain('not a date 21');
    expect(problems).toContain('…and 5 more.');
  });

  it('reads an export itself and sends the server month × channel figures, not rows', async () => {
    const { sidebar, choose, calls } = await start();
    await choose(fixture('direct-wizard.utf8.csv'));
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toBe(
      '"direct-wizard.utf8.csv": Yandex Direct report (report wizard), 4 rows counted.',
    );
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.problems))).toContain(
      '"direct-wizard.utf8.csv": Row 9, column "Дата": "31.02.2026" is not a date',
    );
    const [request] = calls('previewDataImport').map((call) => call.args[0]);
    expect(request).toMatchObject({
      files: [
        {
          name: 'direct-wizard.utf8.csv',
          format: 'yandex_direct_wizard',
          source: 'yandex_direct_wizard',
          rows: 4,
          months: ['2026-01', '2026-02'],
          figures: [
            { month: '2026-01', channel: 'ppc', rows: 2, spend: 1024.5 },
            { month: '2026-02', channel: 'ppc', rows: 2, spend: 4190.4 },
          ],
        },
      ],
      overwrite: [],
    });
    // A cabinet has no deals to count.
    expect((request as { files: object[] }).files[0]).not.toHaveProperty('dealSources');
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.summary))).toBe('Cells to change: 2.');
  });

  it("reads an export from a tab of the spreadsheet like a file: the tab's cells come from the server, only figures go back", async () => {
    const server = new InMemoryServer();
    server.getImportTabs = () => [
      { id: 11, name: 'Лист1' },
      { id: 42, name: 'Директ' },
    ];
    server.getImportTabCells = (id: unknown) => ({
      id: Number(id),
      name: 'Директ',
      rows: [
        ['Отчет по кампаниям'],
        ['Дата', 'Кампания', 'Показы', 'Клики', 'Расход (руб.)'],
        ['2026-01-05 00:00:00', 'Бренд', '100', '10', '500.25'],
        ['2026-01-06 00:00:00', 'Бренд', '80', '8', '400'],
        ['Итого', '', '180', '18', '900.25'],
      ],
    });
    const { sidebar, calls } = await start(server);
    fire(byId(sidebar.view(), DATA_IMPORT_IDS.listTabs), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.tabChoice))).toBe('Лист1Директ');
    fire(byId(sidebar.view(), DATA_IMPORT_IDS.tabChoice), 'change', '42');
    fire(byId(sidebar.view(), DATA_IMPORT_IDS.readTab), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(calls('getImportTabCells').map((call) => call.args)).toEqual([[42]]);
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toBe(
      '"Директ": Yandex Direct report (report wizard), 2 rows counted.',
    );
    const [request] = calls('previewDataImport').map((call) => call.args[0]);
    expect(request).toMatchObject({
      files: [
        {
          name: 'Директ',
          format: 'yandex_direct_wizard',
          figures: [{ month: '2026-01', channel: 'ppc', spend: 900.25 }],
        },
      ],
    });
  });

  it('saves a source mapped in the preview for the team, then imports', async () => {
    const { sidebar, server, choose, calls } = await start();
    await choose(fixture('amocrm-leads.utf8-bom.csv'));
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.unmapped))).toContain('utm_source=partner: 1 row');
    fire(byId(sidebar.view(), unmappedChoiceId(0)), 'change', 'referrals');
    for (let i = 0; i < 5; i++) await settle();
    const last = calls('previewDataImport').at(-1)?.args[0] as {
      files: { figures: { month: string; channel: string; leads?: number }[]; dealSources?: unknown }[];
    };
    expect(last.files[0]?.figures).toContainEqual(
      expect.objectContaining({ month: '2026-02', channel: 'referrals', leads: 1 }),
    );
    // A CRM file also sends its deals per month created and how many had no source or UTM (every deal here has one).
    expect(last.files[0]?.dealSources).toEqual([
      { month: '2026-01', deals: 3, untagged: 0 },
      { month: '2026-02', deals: 2, untagged: 0 },
    ]);

    fire(byId(sidebar.view(), DATA_IMPORT_IDS.confirm), 'click');
    for (let i = 0; i < 8; i++) await settle();
    expect(server.importSources?.rules[0]).toEqual({ channel: 'referrals', utmSource: 'partner' });
    expect(calls('applyDataImport')).toHaveLength(1);
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.status))).toContain('Imported: cells written: 2.');
  });

  it('reads a file no format knows through the columns the person picks', async () => {
    const { sidebar, choose, calls } = await start();
    const text =
      'Дата;Площадка;Метка;Сумма\n05.03.2026;Хабр;habr;12 000\n20.03.2026;Хабр;habr;3 000,50\n02.04.2026;Хабр;habr;1000\n';
    await choose(Object.assign(new Blob([text]), { name: 'habr.csv' }));
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.problems))).toContain(
      'The columns of "habr.csv" are not those of a known export',
    );
    fire(byId(sidebar.view(), applyMappingId(0)), 'click');
    expect(textOf(byId(sidebar.view(), mappingFieldId(0, 'block')))).toContain('Choose the date column.');
    fire(byId(sidebar.view(), mappingFieldId(0, 'date')), 'change', 'Дата');
    fire(byId(sidebar.view(), mappingFieldId(0, 'spend')), 'change', 'Сумма');
    fire(byId(sidebar.view(), mappingFieldId(0, 'utmSource')), 'change', 'Метка');
    fire(byId(sidebar.view(), applyMappingId(0)), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(findById(sidebar.view(), mappingFieldId(0, 'block'))).toBeUndefined();
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toBe(
      '"habr.csv": file read with your column mapping, 3 rows counted.',
    );
    // Its source is unmapped until a channel is chosen for it.
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.unmapped))).toContain('utm_source=habr: 3 rows, 16,000.5 RUB');
    fire(byId(sidebar.view(), unmappedChoiceId(0)), 'change', 'pr');
    for (let i = 0; i < 5; i++) await settle();
    const request = calls('previewDataImport').at(-1)?.args[0] as {
      files: { format: string; source: string; figures: unknown[] }[];
    };
    expect(request.files[0]).toMatchObject({
      format: 'mapped',
      source: 'mapped:Дата|Сумма',
      figures: [
        { month: '2026-03', channel: 'pr', rows: 2, spend: 15000.5 },
        { month: '2026-04', channel: 'pr', rows: 1, spend: 1000 },
      ],
    });
  });

  it('saves the mapping under a name, offers it for a file with the same columns, renames and deletes it', async () => {
    const { sidebar, server, choose, calls } = await start();
    const text = 'Дата;Площадка;Метка;Сумма\n05.03.2026;Хабр;habr;12 000\n';
    await choose(Object.assign(new Blob([text]), { name: 'habr-march.csv' }));
    expect(byId(sidebar.view(), mappingFieldId(0, 'name')).attrs.value).toBe('habr-march');
    fire(byId(sidebar.view(), mappingFieldId(0, 'date')), 'change', 'Дата');
    fire(byId(sidebar.view(), mappingFieldId(0, 'spend')), 'change', 'Сумма');
    fire(byId(sidebar.view(), mappingFieldId(0, 'utmSource')), 'change', 'Метка');
    fire(byId(sidebar.view(), mappingFieldId(0, 'name')), 'input', '  ');
    fire(byId(sidebar.view(), applyMappingId(0)), 'click');
    expect(textOf(byId(sidebar.view(), mappingFieldId(0, 'block')))).toContain('Name the mapping.');
    expect(calls('saveColumnMapping')).toEqual([]);
    fire(byId(sidebar.view(), mappingFieldId(0, 'name')), 'input', 'Хабр');
    fire(byId(sidebar.view(), applyMappingId(0)), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(server.mappings).toEqual([
      {
        name: 'Хабр',
        header: ['Дата', 'Площадка', 'Метка', 'Сумма'],
        columns: { kind: 'cabinet', date: 'Дата', spend: 'Сумма', utmSource: 'Метка' },
      },
    ]);
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toContain('file read with your column mapping');

    // April's export: the same columns in another order. The saved mapping is offered, and read with on a click.
    const april = 'Метка;Сумма;Дата;Площадка\nhabr;1000;02.04.2026;Хабр\n';
    await choose(Object.assign(new Blob([april]), { name: 'habr-april.csv' }));
    expect(textOf(byId(sidebar.view(), mappingFieldId(0, 'block')))).toContain('Columns of the saved mapping «Хабр».');
    fire(byId(sidebar.view(), useSavedMappingId(0)), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(findById(sidebar.view(), mappingFieldId(0, 'block'))).toBeUndefined();
    expect(textOf(byId(sidebar.view(), DATA_IMPORT_IDS.fileList))).toBe(
      '"habr-april.csv": file read with your column mapping, 1 row counted.',
    );

    // A file with other columns is offered nothing.
    await choose(Object.assign(new Blob(['Дата;Сумма\n02.04.2026;5\n']), { name: 'other.csv' }));
    expect(findById(sidebar.view(), useSavedMappingId(0))).toBeUndefined();

    const list = () => byId(sidebar.view(), SAVED_MAPPINGS_IDS.list);
    fire(list().children.find((child) => child.kind === 'element' && child.tag === 'summary') as never, 'click');
    expect(textOf(list())).toContain('«Хабр»: ad spend, 4 columns in the file');
    expect(isDisabled(byId(sidebar.view(), savedRenameId(0)))).toBe(true);
    fire(byId(sidebar.view(), savedNameId(0)), 'input', 'Хабр, реклама');
    fire(byId(sidebar.view(), savedRenameId(0)), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(server.mappings.map((mapping) => mapping.name)).toEqual(['Хабр, реклама']);
    expect(textOf(byId(sidebar.view(), SAVED_MAPPINGS_IDS.status))).toBe('The mapping «Хабр» is now «Хабр, реклама».');
    fire(byId(sidebar.view(), savedDeleteId(0)), 'click');
    for (let i = 0; i < 5; i++) await settle();
    expect(server.mappings).toEqual([]);
    expect(textOf(list())).toContain('None yet: a mapping is saved');
  });

  it("asks whether a cabinet's spend includes VAT, sends the answer, and starts from the source's last one", async () => {
    const { sidebar, choose, calls } = await start();
    const lastVat = () =>
      (calls('previewDataImport').at(-1)?.args[0] as { files: { vat?: unknown }[] } | undefined)?.files.map(
        (file) => file.vat,
      );
    await choose(fixture('direct-wizard.utf8.csv'));
    expect(textOf(byId(sidebar.view(), 'data-import-vat'))).toContain('Spend in «direct-wizard.utf8.csv» includes VAT');
    expect(lastVat()).toEqual([{ included: false, rate: 20 }]);
    fire(byId(sidebar.view(), vatIncludedId(0)), 'change');
    for (let i = 0; i < 5; i++) await settle();
    expect(lastVat()).toEqual([{ included: true, rate: 20 }]);
    fire(byId(sidebar.view(), vatRateId(0)), 'change', '12,5');
    for (let i = 0; i < 5; i++) await settle();
    expect(lastVat()).toEqual([{ included: true, rate: 12.5 }]);
    const sent = calls('previewDataImport').length;
    fire(byId(sidebar.view(), vatRateId(0)), 'change', '120');
    expect(textOf(byId(sidebar.view(), 'data-import-vat'))).toContain('The VAT rate is a number from 0 to 100.');
    expect(calls('previewDataImport')).toHaveLength(sent);

    // Metrica's expenses are documented without VAT: no question.
    const csv = 'Date,UTMSource,UTMMedium,Expenses\n2026-01-05,vk,cpm,50\n';
    await choose(Object.assign(new Blob([csv]), { name: 'metrica.csv' }));
    expect(findById(sidebar.view(), 'data-import-vat')).toBeUndefined();
    expect(lastVat()).toEqual([undefined]);
  });

  it("offers the source's last VAT answer the team gave", async () => {
    const server = new InMemoryServer();
    server.vat = { yandex_direct_wizard: { included: true, rate: 20 } };
    const { sidebar, choose, calls } = await start(server);
    await choose(fixture('direct-wizard.utf8.csv'));
    expect(byId(sidebar.view(), vatIncludedId(0)).attrs.checked).toBe(true);
    expect(
      (calls('previewDataImport').at(-1)?.args[0] as { files: { vat?: unknown }[] } | undefined)?.files[0]?.vat,
    ).toEqual({
      included: true,
      rate: 20,
    });
  });

  it('edits the Sources table: add, change, remove, save', async () => {
    const { sidebar, server } = await start();
    fire(
      byId(sidebar.view(), SOURCES_IDS.table).children.find(
        (child) => child.kind === 'element' && child.tag === 'summary',
      ) as never,
      'click',
    );
    expect(byId(sidebar.view(), SOURCES_IDS.table).attrs.open).toBe(true);
    expect(isDisabled(byId(sidebar.view(), SOURCES_IDS.save))).toBe(true);
    expect(textOf(byId(sidebar.view(), SOURCES_IDS.table))).toContain(
      'export: Yandex Direct report (report wizard) → ',
    );

    fire(byId(sidebar.view(), SOURCES_IDS.add), 'click');
    expect(textOf(byId(sidebar.view(), SOURCES_IDS.table))).toContain('Type the value the rule matches.');
    fire(byId(sidebar.view(), SOURCES_IDS.newValue), 'input', 'habr');
    fire(byId(sidebar.view(), SOURCES_IDS.newChannel), 'change', 'pr');
    fire(byId(sidebar.view(), SOURCES_IDS.add), 'click');
    fire(byId(sidebar.view(), ruleChannelId(1)), 'change', 'content');
    const before = server.getDataImportState().sources.rules.length;
    fire(byId(sidebar.view(), ruleRemoveId(2)), 'click');
    fire(byId(sidebar.view(), SOURCES_IDS.save), 'click');
    for (let i = 0; i < 5; i++) await settle();
    const saved = server.importSources?.rules ?? [];
    expect(saved[0]).toEqual({ channel: 'pr', utmSource: 'habr' });
    expect(saved[1]).toEqual({ channel: 'content', cabinet: 'yandex_direct_wizard' });
    expect(saved).toHaveLength(before);
    expect(textOf(byId(sidebar.view(), SOURCES_IDS.status))).toBe(`The Sources table is saved: ${before} rules.`);
    expect(findById(sidebar.view(), SOURCES_IDS.save) && isDisabled(byId(sidebar.view(), SOURCES_IDS.save))).toBe(true);
  });
});
