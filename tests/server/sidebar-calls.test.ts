/**
 * The sidebar ↔ server contract is declared once (src/server/sidebar-calls.ts):
 * the sidebar's types are inferred from the handlers and the entry points are
 * generated from the same object. The @ts-expect-error lines are checks too:
 * `npm test` type-checks first, so each one that stops failing fails the build.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { entryPointCall } from '../../src/server/entry-point-spec';
import { entryPoints } from '../../src/server/entry-points';
import { sidebarCalls, type ServerApi } from '../../src/server/sidebar-calls';
import type { ReportRequest } from '../../src/shared/report-request';
import type { ActionResult, SidebarState } from '../../src/shared/server-api';

const takesOne = (settings: unknown): ActionResult => ({ message: String(settings), details: [] });

describe('the sidebar calls, declared once', () => {
  it('name each handler parameter exactly once: a name more or fewer fails tsc', () => {
    // @ts-expect-error: the handler takes one parameter, no name given
    entryPointCall(takesOne, [], 'missing a name');
    // @ts-expect-error: the handler takes one parameter, two names given
    entryPointCall(takesOne, ['settings', 'extra'], 'one name too many');
    expect(entryPointCall(takesOne, ['settings'], 'right').params).toEqual(['settings']);
  });

  it('give the sidebar the handlers’ own parameter and result types', () => {
    expectTypeOf<ReturnType<ServerApi['getSidebarState']>>().toEqualTypeOf<SidebarState>();
    expectTypeOf<Parameters<ServerApi['applyImport']>>().toEqualTypeOf<[json: unknown, confirmation: unknown]>();
    expectTypeOf<ServerApi>().not.toHaveProperty('onOpen');
    // A call declared with its payload's schema: the sidebar sends what the schema reads, the handler still checks it.
    expectTypeOf<Parameters<ServerApi['generateMonthlyReport']>>().toEqualTypeOf<[ReportRequest]>();
    // @ts-expect-error: a payload without the month fails tsc on the sidebar's side
    const noMonth: Parameters<ServerApi['generateMonthlyReport']> = [{ replaceExisting: false }];
    expect(noMonth).toHaveLength(1);
  });

  it('are each an Apps Script entry point with the same parameters, beside the triggers and menu handlers', () => {
    const declared = Object.entries(sidebarCalls()).map(([name, call]) => ({ name, params: [...call.params] }));
    const generated = entryPoints().map((entry) => ({ name: entry.name, params: [...entry.params] }));
    expect(generated).toEqual(expect.arrayContaining(declared));
    expect(generated.map((entry) => entry.name)).toContain('onOpen');
    expect(new Set(generated.map((entry) => entry.name)).size).toBe(generated.length);
    for (const [name, call] of Object.entries(sidebarCalls())) expect(call.run.length, name).toBe(call.params.length);
  });
});
