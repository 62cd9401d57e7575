import { entryPointCall, namedEntryPoints, type EntryPointSpec } from './entry-point-spec';
import { onInstall, onOpen } from './menu';
import {
  menuBuildKpiTemplate,
  menuBuildResponsibilityMatrix,
  menuGenerateMonthlyReport,
  menuReleaseStructureLock,
  menuRestoreKpiColumns,
} from './menu-actions';
import { showSidebar } from './sidebar';
import { sidebarCalls } from './sidebar-calls';

/** The triggers and menu handlers: Apps Script calls them, not the sidebar. */
const triggersAndMenu = () => ({
  onOpen: entryPointCall(onOpen, ['e'], 'Adds the Marketing KPI menu when the spreadsheet opens.'),
  onInstall: entryPointCall(onInstall, ['e'], 'Adds the menu right after the add-on is installed.'),
  showSidebar: entryPointCall(showSidebar, [], 'Opens the Marketing KPI sidebar (menu item).'),
  menuBuildKpiTemplate: entryPointCall(
    menuBuildKpiTemplate,
    [],
    'Menu: builds or updates the KPI tab from the saved settings.',
  ),
  menuRestoreKpiColumns: entryPointCall(
    menuRestoreKpiColumns,
    [],
    'Menu: adds the columns (or the header row) the KPI tab lost back at its end, then updates it.',
  ),
  menuBuildResponsibilityMatrix: entryPointCall(
    menuBuildResponsibilityMatrix,
    [],
    'Menu: builds or updates the Roles and Team tabs from the saved team.',
  ),
  menuGenerateMonthlyReport: entryPointCall(
    menuGenerateMonthlyReport,
    [],
    'Menu: asks which month (blank: the last complete month with figures) and writes its report, asking before it replaces one.',
  ),
  menuReleaseStructureLock: entryPointCall(
    menuReleaseStructureLock,
    [],
    "Menu: releases the structure lock sharing made (the owner, a head or a shared drive's manager).",
  ),
});

/**
 * Every trigger, menu handler and sidebar call Apps Script must see as a
 * top-level function. A function, so the list is made only by the execution
 * that calls one of them (a custom-function call never does).
 */
export const entryPoints = (): readonly EntryPointSpec[] =>
  namedEntryPoints({ ...triggersAndMenu(), ...sidebarCalls() });
