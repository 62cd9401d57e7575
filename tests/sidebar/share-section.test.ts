import { describe, expect, it } from 'vitest';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { SHARE_IDS, personCheckboxId } from '../../src/sidebar/sections/share/share-ids';
import { createShareSection } from '../../src/sidebar/sections/share/share-section';
import type { TeamMember } from '../../src/shared/team';
import { settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';
import { startSidebar as startWholeSidebar, type StartOptions } from './support/start-sidebar';
import { byId, findById, fire, isDisabled, textOf } from './support/vnode-query';

/** The share section alone, so the server calls counted here are its own. */
const startSidebar = (options: StartOptions = {}) => startWholeSidebar({ sections: [createShareSection], ...options });
type Sidebar = Awaited<ReturnType<typeof startSidebar>>;

const ANNA: TeamMember = {
  id: 'anna',
  name: 'Anna',
  email: 'anna@example.com',
  roleId: 'head',
  monthlyCost: null,
  employment: 'staff',
};
const VERA: TeamMember = {
  id: 'vera',
  name: '<script>alert(1)</script>',
  email: 'vera@example.com',
  roleId: 'pr-manager',
  monthlyCost: null,
  employment: 'staff',
};
const OLEG: TeamMember = {
  id: 'oleg',
  name: 'Oleg',
  email: '',
  roleId: 'content-engineer',
  monthlyCost: null,
  employment: 'contractor',
};

function serverWithTeam(people: TeamMember[] = [ANNA, VERA, OLEG]): InMemoryServer {
  const server = new InMemoryServer();
  const team: TeamSettings = { ...defaultTeamSettings('en'), people };
  server.team = team;
  return server;
}

const click = (sidebar: Sidebar, id: string) => fire(byId(sidebar.view(), id), 'click');
const tick = (sidebar: Sidebar, id: string) => fire(byId(sidebar.view(), id), 'change');
const checked = (sidebar: Sidebar, id: string) => byId(sidebar.view(), id).attrs.checked;
/** Whether the elements with these ids come in this order in the section's tree. */
function idsInOrder(sidebar: Sidebar, ids: string[]): boolean {
  const seen: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const element = node as { attrs?: Record<string, unknown>; children?: unknown[] };
    const id = element.attrs?.id;
    if (typeof id === 'string' && ids.includes(id)) seen.push(id);
    for (const child of element.children ?? []) walk(child);
  };
  walk(sidebar.view());
  return seen.join() === ids.join();
}
const callsOf = (sidebar: Sidebar, name: string) =>
  sidebar.connection.calls.filter((call) => call.name === name).map((call) => call.args);

describe('sharing with the team', () => {
  it('lists the team with a box each: ticked when they have an email and no access, closed without an email', async () => {
    const sidebar = await startSidebar({ server: serverWithTeam() });
    expect(checked(sidebar, personCheckboxId('anna'))).toBe(true);
    expect(checked(sidebar, personCheckboxId('vera'))).toBe(true);
    expect(checked(sidebar, personCheckboxId('oleg'))).toBe(false);
    expect(isDisabled(byId(sidebar.view(), personCheckboxId('oleg')))).toBe(true);
    const people = textOf(byId(sidebar.view(), SHARE_IDS.people));
    expect(people).toContain('anna@example.com · Head of marketing · head');
    expect(people).toContain('no email: add one in Team & roles');
    // A hostile name is a text node, shown as typed.
    expect(people).toContain('<script>alert(1)</script>');
    expect(textOf(byId(sidebar.view(), SHARE_IDS.state))).toMatch(/^Not shared yet/);
  });

  it('shares with whom is ticked, says that Google emails each new editor, then shows the result and the new state', async () => {
    const server = serverWithTeam();
    const sidebar = await startSidebar({ server });
    tick(sidebar, personCheckboxId('vera'));
    click(sidebar, SHARE_IDS.share);
    await settle();
    expect(textOf(byId(sidebar.view(), SHARE_IDS.notice))).toMatch(/^Google emails each new editor a link/);
    expect(callsOf(sidebar, 'shareWithTeam')).toEqual([[{ personIds: ['anna'] }]]);
    expect(textOf(byId(sidebar.view(), SHARE_IDS.status))).toContain('Shared with 1.');
    expect(textOf(byId(sidebar.view(), SHARE_IDS.state))).toMatch(/^Shared: only the head/);
    // Anna has access now, so her box is no longer ticked; Vera keeps the person's choice.
    expect(checked(sidebar, personCheckboxId('anna'))).toBe(false);
    expect(checked(sidebar, personCheckboxId('vera'))).toBe(true);

    click(sidebar, SHARE_IDS.share);
    await settle();
    expect(callsOf(sidebar, 'shareWithTeam').at(-1)).toEqual([{ personIds: ['vera'] }]);
  });

  it('waits for someone to be ticked, and says who may share when the person may not', async () => {
    const server = serverWithTeam([OLEG]);
    const sidebar = await startSidebar({ server });
    expect(isDisabled(byId(sidebar.view(), SHARE_IDS.share))).toBe(true);

    const other = serverWithTeam();
    other.canShare = false;
    const blocked = await startSidebar({ server: other });
    expect(isDisabled(byId(blocked.view(), SHARE_IDS.share))).toBe(true);
    expect(isDisabled(byId(blocked.view(), personCheckboxId('anna')))).toBe(true);
    expect(textOf(byId(blocked.view(), SHARE_IDS.section))).toContain(
      "Only the head of the department (the Head role, with your email in Team & roles) or the spreadsheet's owner can share it.",
    );
  });
});

describe('who the add-on sees, and the way out of the lock', () => {
  it('shows the address Google gives the add-on, with the alias hint for someone it does not count, or that it sees none', async () => {
    const owner = await startSidebar({ server: serverWithTeam() });
    expect(textOf(byId(owner.view(), SHARE_IDS.whoAmI))).toBe(
      'The add-on sees you as owner@example.com (the address Google gives it).',
    );

    const teammate = serverWithTeam();
    teammate.activeEmail = 'anna.main@example.com';
    teammate.canShare = false;
    const aliased = await startSidebar({ server: teammate });
    expect(textOf(byId(aliased.view(), SHARE_IDS.whoAmI))).toBe(
      'The add-on sees you as anna.main@example.com (the address Google gives it). If Team & roles lists you under another address (an alias), put this one there: only this one counts.',
    );

    const hidden = serverWithTeam();
    hidden.activeEmail = '';
    hidden.canShare = false;
    const unknown = await startSidebar({ server: hidden });
    expect(textOf(byId(unknown.view(), SHARE_IDS.whoAmI))).toMatch(
      /^Google does not tell the add-on your email address, so once the template is shared it cannot count you as the owner or a head\./,
    );
  });

  it('offers the release of the lock once shared to whoever may release it, releases it and shows the open state', async () => {
    const server = serverWithTeam();
    const sidebar = await startSidebar({ server });
    expect(findById(sidebar.view(), SHARE_IDS.release)).toBeUndefined();
    click(sidebar, SHARE_IDS.share);
    await settle();
    expect(textOf(byId(sidebar.view(), SHARE_IDS.release))).toBe('Release the structure lock');

    click(sidebar, SHARE_IDS.release);
    await settle();
    expect(callsOf(sidebar, 'releaseStructureLock')).toEqual([[]]);
    expect(textOf(byId(sidebar.view(), SHARE_IDS.releaseStatus))).toBe('The structure lock is released.');
    expect(textOf(byId(sidebar.view(), SHARE_IDS.state))).toMatch(/^Not shared yet/);
    expect(findById(sidebar.view(), SHARE_IDS.release)).toBeUndefined();
  });

  it('offers no release to a teammate Sheets would not let edit the locked ranges', async () => {
    const server = serverWithTeam();
    server.shared = true;
    server.canShare = false;
    server.canReleaseLock = false;
    const sidebar = await startSidebar({ server });
    expect(findById(sidebar.view(), SHARE_IDS.release)).toBeUndefined();
  });

  it('speaks Russian', async () => {
    const server = serverWithTeam();
    server.userLang = 'ru';
    server.shared = true;
    const sidebar = await startSidebar({ server });
    expect(textOf(byId(sidebar.view(), SHARE_IDS.release))).toBe('Снять блокировку структуры');
    expect(textOf(byId(sidebar.view(), SHARE_IDS.whoAmI))).toBe(
      'Надстройка видит вас как owner@example.com (этот адрес ей сообщает Google).',
    );
  });
});

describe('the copy link', () => {
  it("shows the spreadsheet's /copy address and copies it", async () => {
    const sidebar = await startSidebar();
    expect(byId(sidebar.view(), SHARE_IDS.copyUrl).attrs.value).toBe(
      'https://docs.google.com/spreadsheets/d/in-memory/copy',
    );
    click(sidebar, SHARE_IDS.copyLink);
    await settle();
    expect(sidebar.copied).toEqual(['https://docs.google.com/spreadsheets/d/in-memory/copy']);
    expect(textOf(byId(sidebar.view(), SHARE_IDS.copyFeedback))).toBe('Copied.');
  });

  it('asks the person to copy by hand where the browser refuses', async () => {
    const sidebar = await startSidebar({ copyText: () => Promise.resolve(false) });
    click(sidebar, SHARE_IDS.copyLink);
    await settle();
    expect(textOf(byId(sidebar.view(), SHARE_IDS.copyFeedback))).toBe(
      'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).',
    );
  });
});

describe('export and import', () => {
  it('exports without emails unless ticked, shows the file, copies it and offers it for download', async () => {
    const sidebar = await startSidebar({ server: serverWithTeam() });
    click(sidebar, SHARE_IDS.export);
    await settle();
    expect(callsOf(sidebar, 'exportTemplate')).toEqual([[{ includeEmails: false }]]);
    const json = String(byId(sidebar.view(), SHARE_IDS.exportJson).attrs.value);
    expect(JSON.parse(json).team.people.map((person: TeamMember) => person.email)).toEqual(['', '', '']);
    const download = byId(sidebar.view(), SHARE_IDS.exportDownload);
    expect(download.attrs.download).toBe('marketing-kpi-template.json');
    expect(decodeURIComponent(String(download.attrs.href).replace('data:application/json;charset=utf-8,', ''))).toBe(
      json,
    );
    // The copy comes first: the sandboxed frame may block the data: download, and the hint says so.
    expect(
      idsInOrder(sidebar, [
        SHARE_IDS.exportJson,
        SHARE_IDS.exportCopy,
        SHARE_IDS.exportDownload,
        SHARE_IDS.exportDownloadHint,
      ]),
    ).toBe(true);
    expect(textOf(byId(sidebar.view(), SHARE_IDS.exportDownloadHint))).toBe(
      "If the download does not start (the sidebar's frame may block it), press Copy JSON and save the text as marketing-kpi-template.json.",
    );
    click(sidebar, SHARE_IDS.exportCopy);
    await settle();
    expect(sidebar.copied).toEqual([json]);

    tick(sidebar, SHARE_IDS.includeEmails);
    click(sidebar, SHARE_IDS.export);
    await settle();
    expect(callsOf(sidebar, 'exportTemplate').at(-1)).toEqual([{ includeEmails: true }]);
  });

  it('imports only after a preview the person confirms, exactly the text previewed', async () => {
    const source = serverWithTeam();
    source.settings = { ...source.getSidebarState().settings, departmentName: 'Growth' };
    const json = source.exportTemplate({ includeEmails: true }).json;
    const sidebar = await startSidebar();
    expect(isDisabled(byId(sidebar.view(), SHARE_IDS.preview))).toBe(true);
    fire(byId(sidebar.view(), SHARE_IDS.importText), 'input', json);
    click(sidebar, SHARE_IDS.preview);
    await settle();
    const preview = textOf(byId(sidebar.view(), SHARE_IDS.previewResult));
    expect(preview).toContain('Importing makes these changes. Nothing changes until you confirm.');
    expect(preview).toContain('department name: — → Growth');
    expect(callsOf(sidebar, 'applyImport')).toEqual([]);
    expect(sidebar.lastFocus()).toEqual({ id: SHARE_IDS.confirm, onlyIfLost: false });

    click(sidebar, SHARE_IDS.confirm);
    await settle();
    const [[sentText, confirmation]] = callsOf(sidebar, 'applyImport') as [[string, string]];
    expect(sentText).toBe(json);
    expect(confirmation).toMatch(/^[0-9a-f]{14}$/);
    expect(textOf(byId(sidebar.view(), SHARE_IDS.importStatus))).toBe('Template imported.');
    expect(findById(sidebar.view(), SHARE_IDS.previewResult)).toBeUndefined();
    expect(byId(sidebar.view(), SHARE_IDS.importText).attrs.value).toBe('');
  });

  it('drops the preview when the text changes or the person cancels, and shows why a file is refused', async () => {
    const json = serverWithTeam().exportTemplate({ includeEmails: false }).json;
    const sidebar = await startSidebar();
    fire(byId(sidebar.view(), SHARE_IDS.importText), 'input', json);
    click(sidebar, SHARE_IDS.preview);
    await settle();
    fire(byId(sidebar.view(), SHARE_IDS.importText), 'input', `${json} `);
    expect(findById(sidebar.view(), SHARE_IDS.previewResult)).toBeUndefined();
    click(sidebar, SHARE_IDS.preview);
    await settle();
    click(sidebar, SHARE_IDS.cancel);
    expect(findById(sidebar.view(), SHARE_IDS.previewResult)).toBeUndefined();

    fire(byId(sidebar.view(), SHARE_IDS.importText), 'input', json.slice(0, 40));
    click(sidebar, SHARE_IDS.preview);
    await settle();
    const status = byId(sidebar.view(), SHARE_IDS.importStatus);
    expect(status.attrs['data-tone']).toBe('error');
    expect(textOf(status)).toMatch(/^The file ends too early/);
  });

  it('keeps a teammate from confirming an import once the template is shared', async () => {
    const server = serverWithTeam();
    server.shared = true;
    server.canShare = false;
    const sidebar = await startSidebar({ server });
    fire(byId(sidebar.view(), SHARE_IDS.importText), 'input', server.exportTemplate({ includeEmails: false }).json);
    click(sidebar, SHARE_IDS.preview);
    await settle();
    expect(isDisabled(byId(sidebar.view(), SHARE_IDS.confirm))).toBe(true);
    expect(textOf(byId(sidebar.view(), SHARE_IDS.previewResult))).toContain(
      'Once shared, only the head of the department and the owner can import a template.',
    );
  });

  it('speaks Russian', async () => {
    const server = serverWithTeam();
    server.userLang = 'ru';
    const sidebar = await startSidebar({ server });
    expect(textOf(byId(sidebar.view(), SHARE_IDS.title))).toBe('Доступ для команды');
    expect(textOf(byId(sidebar.view(), SHARE_IDS.share))).toBe('Открыть доступ команде');
  });
});
