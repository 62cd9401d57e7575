/**
 * Saved column mappings on the emulator: saved under a name in the
 * document's properties, listed with the import state (and the sidebar's
 * opening state), renamed, deleted; bad input refused in the person's
 * language with nothing written.
 */
import { describe, expect, it } from 'vitest';
import {
  deleteColumnMapping,
  renameColumnMapping,
  saveColumnMapping,
} from '../../src/server/actions/column-mapping-actions';
import { getDataImportState } from '../../src/server/actions/data-import-actions';
import { getSidebarState, setUserLang } from '../../src/server/actions/sidebar-state-actions';
import { PROPERTY_KEYS } from '../../src/server/property-keys';
import { userMessage } from '../support/user-message';
import { installedEmulator } from './kpi-emulator-fixture';

const habr = {
  name: 'Хабр',
  header: ['Дата', 'Площадка', 'Метка', 'Сумма'],
  columns: { kind: 'cabinet', date: 'Дата', spend: 'Сумма', utmSource: 'Метка' },
};
const events = {
  name: 'Events',
  header: ['Day', 'Event', 'Cost'],
  columns: { kind: 'cabinet', date: 'Day', spend: 'Cost', campaign: 'Event' },
};

describe('saved column mappings', () => {
  it('saves, lists, renames and deletes through the document properties', () => {
    const emulator = installedEmulator();
    expect(getDataImportState().mappings).toEqual([]);
    expect(saveColumnMapping(habr).mappings).toEqual([habr]);
    saveColumnMapping(events);
    const stored = emulator.PropertiesService.getDocumentProperties().getProperty(
      `${PROPERTY_KEYS.importColumnMappings}.1`,
    );
    expect(JSON.parse(stored ?? 'null')).toEqual([events, habr]);
    // Every collaborator's sidebar opens with them.
    expect(getSidebarState().dataImport.mappings.map((mapping) => mapping.name)).toEqual(['Events', 'Хабр']);

    expect(renameColumnMapping({ name: 'хабр', newName: ' Хабр, реклама ' }).mappings[1]).toEqual({
      ...habr,
      name: 'Хабр, реклама',
    });
    expect(deleteColumnMapping('Events').mappings.map((mapping) => mapping.name)).toEqual(['Хабр, реклама']);
    expect(getDataImportState().mappings).toHaveLength(1);
  });

  it('saving the same columns again under another name replaces the old mapping', () => {
    installedEmulator();
    saveColumnMapping(habr);
    const again = saveColumnMapping({ ...habr, name: 'Habr', header: ['Сумма', 'Метка', 'Площадка', 'Дата'] });
    expect(again.mappings.map((mapping) => mapping.name)).toEqual(['Habr']);
  });

  it("refuses bad input and a taken or unknown name in the person's language, writing nothing", () => {
    installedEmulator();
    setUserLang('ru');
    saveColumnMapping(habr);
    saveColumnMapping(events);
    expect(() => renameColumnMapping({ name: 'Хабр', newName: 'events' })).toThrow(
      userMessage(/^Сопоставление с именем «events» уже сохранено: выберите другое имя\.$/),
    );
    expect(() => deleteColumnMapping('VK')).toThrow(userMessage(/^Сохранённого сопоставления «VK» больше нет\.$/));
    expect(() => saveColumnMapping({ ...habr, name: '  ' })).toThrow(
      userMessage(/^Не удалось прочитать сопоставление столбцов: /),
    );
    expect(() => saveColumnMapping({ ...habr, columns: { kind: 'crm' } })).toThrow(
      userMessage(/^Не удалось прочитать сопоставление столбцов: /),
    );
    expect(getDataImportState().mappings.map((mapping) => mapping.name)).toEqual(['Events', 'Хабр']);
  });

  it('keeps at most 30, and says which to do beyond', () => {
    installedEmulator();
    for (let index = 0; index < 30; index++)
      saveColumnMapping({ ...events, name: `File ${index}`, header: [...events.header, `Extra ${index}`] });
    expect(() => saveColumnMapping(habr)).toThrow(
      userMessage(/^At most 30 mappings can be saved: delete one you no longer use\.$/),
    );
    expect(getDataImportState().mappings).toHaveLength(30);
  });

  it('reads a list edited by hand into something else as empty', () => {
    const emulator = installedEmulator();
    emulator.PropertiesService.getDocumentProperties().setProperty(
      PROPERTY_KEYS.importColumnMappings,
      '{"not":"a list"}',
    );
    expect(getDataImportState().mappings).toEqual([]);
  });
});
