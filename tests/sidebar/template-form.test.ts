import { describe, expect, it } from 'vitest';
import { MAX_CHANNELS, defaultTemplateSettings, type TemplateSettings } from '../../src/shared/template-settings';
import {
  addChannel,
  canMoveChannel,
  discardChanges,
  formFromSettings,
  isDirty,
  moveChannel,
  receiveSettings,
  removeChannel,
  renameChannel,
  setChannelTargetCpl,
  setField,
} from '../../src/sidebar/sections/kpi-template/template-form';

function settings(overrides: Partial<TemplateSettings> = {}): TemplateSettings {
  return {
    ...defaultTemplateSettings('en', 2026),
    channels: [
      { id: 'ppc', name: 'PPC', targetCpl: 1200, targetRomi: null },
      { id: 'seo', name: 'SEO', targetCpl: null, targetRomi: null },
      { id: 'email', name: 'Email', targetCpl: 0.5, targetRomi: null },
    ],
    ...overrides,
  };
}

const ids = (form: ReturnType<typeof formFromSettings>) => form.draft.channels.map((channel) => channel.id);

describe('the KPI template form', () => {
  it('starts from the settings as text, clean', () => {
    const form = formFromSettings(settings());
    expect(form.draft.year).toBe('2026');
    expect(form.draft.minLeads).toBe('5');
    expect(form.draft.targetRomi).toBe('100');
    expect(form.draft.channels).toEqual([
      { id: 'ppc', name: 'PPC', targetCpl: '1200', targetRomi: '' },
      { id: 'seo', name: 'SEO', targetCpl: '', targetRomi: '' },
      { id: 'email', name: 'Email', targetCpl: '0.5', targetRomi: '' },
    ]);
    expect(isDirty(form)).toBe(false);
  });

  it('is dirty after an edit and clean again when the edit is undone by hand', () => {
    const form = formFromSettings(settings());
    const edited = setField(form, 'departmentName', 'Growth team');
    expect(isDirty(edited)).toBe(true);
    expect(isDirty(setField(edited, 'departmentName', form.draft.departmentName))).toBe(false);
  });

  it('never changes the form it was given', () => {
    const form = formFromSettings(settings());
    const before = JSON.stringify(form);
    setField(form, 'year', '2027');
    renameChannel(form, 'seo', 'Search');
    moveChannel(form, 'seo', 'up');
    removeChannel(form, 'ppc');
    addChannel(form, 'Webinars');
    expect(JSON.stringify(form)).toBe(before);
  });

  it('adds a channel at the end with a fresh schema-valid id and no target', () => {
    const added = addChannel(formFromSettings(settings()), 'Webinars');
    expect(added).not.toBeNull();
    expect(added?.channelId).toMatch(/^[a-z0-9-]+$/);
    expect(added?.form.draft.channels.at(-1)).toEqual({
      id: added?.channelId,
      name: 'Webinars',
      targetCpl: '',
      targetRomi: '',
    });
    const again = addChannel(added!.form);
    expect(again?.channelId).not.toBe(added?.channelId);
    expect(isDirty(added!.form)).toBe(true);
  });

  it('refuses to add beyond the schema limit', () => {
    const many = Array.from({ length: MAX_CHANNELS }, (_, index) => ({
      id: `c${index}`,
      name: `Channel ${index}`,
      targetCpl: null,
      targetRomi: null,
    }));
    expect(addChannel(formFromSettings(settings({ channels: many })))).toBeNull();
  });

  it('removes a channel by id', () => {
    expect(ids(removeChannel(formFromSettings(settings()), 'seo'))).toEqual(['ppc', 'email']);
  });

  it('renames a channel and keeps its id, so its rows on the KPI tab follow it', () => {
    const form = renameChannel(formFromSettings(settings()), 'seo', 'Organic search');
    expect(form.draft.channels[1]).toEqual({ id: 'seo', name: 'Organic search', targetCpl: '', targetRomi: '' });
  });

  it('keeps the target CPL as typed', () => {
    const form = setChannelTargetCpl(formFromSettings(settings()), 'seo', '1 500,5');
    expect(form.draft.channels[1]?.targetCpl).toBe('1 500,5');
  });

  it('moves channels up and down, and not past either end', () => {
    const form = formFromSettings(settings());
    expect(ids(moveChannel(form, 'seo', 'up'))).toEqual(['seo', 'ppc', 'email']);
    expect(ids(moveChannel(form, 'seo', 'down'))).toEqual(['ppc', 'email', 'seo']);
    expect(moveChannel(form, 'ppc', 'up')).toBe(form);
    expect(moveChannel(form, 'email', 'down')).toBe(form);
    expect(canMoveChannel(form, 'ppc', 'up')).toBe(false);
    expect(canMoveChannel(form, 'ppc', 'down')).toBe(true);
    expect(canMoveChannel(form, 'missing', 'down')).toBe(false);
  });

  it('discards changes back to the baseline', () => {
    const form = formFromSettings(settings());
    const edited = removeChannel(setField(form, 'year', '2030'), 'ppc');
    expect(discardChanges(edited).draft).toEqual(form.draft);
  });

  describe('receiving settings from the server', () => {
    it('takes them as they are when nothing was edited', () => {
      const form = formFromSettings(settings());
      const received = receiveSettings(form, settings({ departmentName: 'Отдел маркетинга' }));
      expect(received.draft.departmentName).toBe('Отдел маркетинга');
      expect(isDirty(received)).toBe(false);
    });

    it('keeps the edits the user made, and only moves the baseline', () => {
      const edited = setField(formFromSettings(settings()), 'departmentName', 'Growth');
      const received = receiveSettings(edited, settings({ year: 2027 }));
      expect(received.draft.departmentName).toBe('Growth');
      expect(received.draft.year).toBe('2026');
      expect(received.baseline.year).toBe('2027');
      expect(isDirty(received)).toBe(true);
    });

    it('takes the server version of a draft it just sent (names trimmed by the schema)', () => {
      const sent = renameChannel(formFromSettings(settings()), 'seo', '  SEO blog  ');
      const stored = settings({
        channels: [
          { id: 'ppc', name: 'PPC', targetCpl: 1200, targetRomi: null },
          { id: 'seo', name: 'SEO blog', targetCpl: null, targetRomi: null },
          { id: 'email', name: 'Email', targetCpl: 0.5, targetRomi: null },
        ],
      });
      const received = receiveSettings(sent, stored, sent.draft);
      expect(received.draft.channels[1]?.name).toBe('SEO blog');
      expect(isDirty(received)).toBe(false);
    });

    it('keeps edits made while the draft was on its way to the server', () => {
      const sent = setField(formFromSettings(settings()), 'year', '2027');
      const editedMeanwhile = setField(sent, 'departmentName', 'Growth');
      const received = receiveSettings(editedMeanwhile, settings({ year: 2027 }), sent.draft);
      expect(received.draft.departmentName).toBe('Growth');
      expect(isDirty(received)).toBe(true);
    });
  });
});
