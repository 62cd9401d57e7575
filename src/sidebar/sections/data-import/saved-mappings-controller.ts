/**
 * The saved column mappings' part of the "Import data" section: the list
 * (rename, delete) and the state it is drawn from. The section hands in how
 * to read the mappings it last got from the server and how to adopt the
 * state the server answers with.
 */
import type { SavedColumnMapping } from '../../../core/import/saved-mappings';
import type { DataImportState } from '../../../shared/server-api';
import { type ActionSlot, IDLE } from '../../action-status';
import type { SectionHost } from '../section';
import type { MappingText, SavedMappingsHandlers, SavedMappingsProps } from './saved-mappings-view';
import { words } from './section-text';

export interface SavedMappingsPart {
  handlers: SavedMappingsHandlers;
  props(): SavedMappingsProps;
}

export function createSavedMappingsPart(
  host: SectionHost,
  mappings: () => readonly SavedColumnMapping[],
  adopt: (state: DataImportState) => void,
  /** The section's status line, which the list's actions share. */
  line: ActionSlot,
  /** The saved mappings' words once the export reader is loaded, and loading it (the list's words come with it). */
  reader: { text(): MappingText | null; load(): Promise<unknown> },
): SavedMappingsPart {
  const m: MappingText = (key, params) => reader.text()?.(key, params) ?? '';
  let open = false;
  let status: string | null = null;
  const names = new Map<number, string>();

  /** Runs a change on the server; the list's indices change with it, so the typed names are dropped. */
  function change(run: () => Promise<DataImportState>, done: () => string): void {
    void line.perform({
      busy: words('busy_reading_exports'),
      run: async () => {
        adopt(await run());
        names.clear();
        status = done();
        return IDLE;
      },
    });
  }

  const handlers: SavedMappingsHandlers = {
    toggleSavedOpen() {
      if (open || reader.text() !== null) {
        open = !open;
        host.render();
        return;
      }
      void line.perform({
        busy: words('busy_reading_exports'),
        run: async () => {
          await reader.load();
          open = true;
          return IDLE;
        },
      });
    },
    setSavedName(index, value) {
      names.set(index, value);
      status = null;
      host.render();
    },
    renameSaved(index) {
      const mapping = mappings()[index];
      const newName = (names.get(index) ?? '').trim();
      if (!mapping || newName === '' || newName === mapping.name) return;
      change(
        () => host.callServer('renameColumnMapping', { name: mapping.name, newName }),
        () => m('saved_renamed', { name: mapping.name, newName }),
      );
    },
    deleteSaved(index) {
      const mapping = mappings()[index];
      if (!mapping) return;
      change(
        () => host.callServer('deleteColumnMapping', mapping.name),
        () => m('saved_deleted', { name: mapping.name }),
      );
    },
  };

  return {
    handlers,
    props: () => ({
      lang: host.lang(),
      busy: host.isBusy(),
      mappings: mappings(),
      names,
      open,
      status,
      text: reader.text(),
      handlers,
    }),
  };
}
