import type { EntryPointSpec } from './entry-point-spec';
import { buildKpiTemplate, fillSampleData } from './actions/kpi-template-actions';
import { getSidebarState, saveSettings, setUserLang } from './actions/sidebar-state-actions';
import { onInstall, onOpen } from './menu';
import { buildResponsibilityMatrix, getMatrixFindings, getTeamState, restoreRolesTab, saveTeam } from './actions/team-actions';
import { generateMonthlyReport, getReportOptions } from './actions/report-actions';
import { menuBuildKpiTemplate, menuBuildResponsibilityMatrix, menuGenerateMonthlyReport, menuReleaseStructureLock, menuRestoreKpiColumns } from './menu-actions';
import { showSidebar } from './sidebar';
import { shareWithTeam } from './actions/share-actions';
import { applyImport, exportTemplate, previewImport } from './actions/transfer-actions';
import { releaseStructureLock } from './actions/release-lock-actions';
import { applyDataImport, getDataImportState, getImportReader, previewDataImport, saveImportSources, undoDataImport } from './actions/data-import-actions';

/**
 * Every trigger, menu handler and sidebar call Apps Script must see as a
 * top-level function. A function, so the list is made only by the execution
 * that calls one of them (a custom-function call never does).
 */
export const entryPoints = (): readonly EntryPointSpec[] => [
  { name: 'onOpen', params: ['e'], description: 'Adds the Marketing KPI menu when the spreadsheet opens.', run: onOpen },
  { name: 'onInstall', params: ['e'], description: 'Adds the menu right after the add-on is installed.', run: onInstall },
  { name: 'showSidebar', params: [], description: 'Opens the Marketing KPI sidebar (menu item).', run: showSidebar },
  { name: 'menuBuildKpiTemplate', params: [], description: 'Menu: builds or updates the KPI tab from the saved settings.', run: menuBuildKpiTemplate },
  {
    name: 'menuRestoreKpiColumns',
    params: [],
    description: 'Menu: adds the columns (or the header row) the KPI tab lost back at its end, then updates it.',
    run: menuRestoreKpiColumns,
  },
  {
    name: 'menuBuildResponsibilityMatrix',
    params: [],
    description: 'Menu: builds or updates the Roles and Team tabs from the saved team.',
    run: menuBuildResponsibilityMatrix,
  },
  {
    name: 'menuGenerateMonthlyReport',
    params: [],
    description: 'Menu: asks which month (blank: the last complete month with figures) and writes its report, asking before it replaces one.',
    run: menuGenerateMonthlyReport,
  },
  {
    name: 'menuReleaseStructureLock',
    params: [],
    description: 'Menu: releases the structure lock sharing made (the owner, a head or a shared drive\'s manager).',
    run: menuReleaseStructureLock,
  },
  { name: 'getSidebarState', params: [], description: 'Sidebar: the template settings and the user\'s language.', run: getSidebarState },
  { name: 'setUserLang', params: ['lang'], description: 'Sidebar: saves the user\'s sidebar language.', run: setUserLang },
  { name: 'saveSettings', params: ['settings'], description: 'Sidebar: checks and saves the template settings.', run: saveSettings },
  { name: 'buildKpiTemplate', params: ['settings'], description: 'Sidebar: saves the settings and builds or updates the KPI tab.', run: buildKpiTemplate },
  { name: 'fillSampleData', params: [], description: 'Sidebar: fills an empty KPI tab with a sample year.', run: fillSampleData },
  { name: 'getTeamState', params: [], description: 'Sidebar: the team, its roles and the matrix settings.', run: getTeamState },
  { name: 'saveTeam', params: ['team'], description: 'Sidebar: checks and saves the team.', run: saveTeam },
  {
    name: 'buildResponsibilityMatrix',
    params: ['team'],
    description: 'Sidebar: saves the team and builds or updates the Roles and Team tabs.',
    run: buildResponsibilityMatrix,
  },
  { name: 'getMatrixFindings', params: [], description: 'Sidebar: the Roles tab\'s checks, each with a short explanation.', run: getMatrixFindings },
  { name: 'restoreRolesTab', params: [], description: 'Sidebar: puts back the Roles tab\'s parts a person deleted, keeping every other cell.', run: restoreRolesTab },
  { name: 'getReportOptions', params: [], description: 'Sidebar: months to report on, the default month, months already reported.', run: getReportOptions },
  { name: 'generateMonthlyReport', params: ['request'], description: 'Sidebar: writes the monthly report tab of a month.', run: generateMonthlyReport },
  {
    name: 'shareWithTeam',
    params: ['request'],
    description: 'Sidebar: makes the chosen people of the team editors and locks the structure to the heads and the owner.',
    run: shareWithTeam,
  },
  {
    name: 'releaseStructureLock',
    params: [],
    description: 'Sidebar: releases the structure lock sharing made (the owner, a head or a shared drive\'s manager).',
    run: releaseStructureLock,
  },
  { name: 'exportTemplate', params: ['options'], description: 'Sidebar: the saved template as a JSON file.', run: exportTemplate },
  { name: 'previewImport', params: ['json'], description: 'Sidebar: what importing a template file would change; changes nothing.', run: previewImport },
  {
    name: 'applyImport',
    params: ['json', 'confirmation'],
    description: 'Sidebar: imports a template file the user saw previewed, and rebuilds the tabs.',
    run: applyImport,
  },
  { name: 'getImportReader', params: [], description: 'Sidebar: the export reader (CSV parser and import core) it runs when a person first imports data.', run: getImportReader },
  { name: 'getDataImportState', params: [], description: 'Sidebar: the data import log and the team\'s Sources → channels table.', run: getDataImportState },
  { name: 'previewDataImport', params: ['request'], description: 'Sidebar: what importing the exports\' figures would change on the KPI tab; changes nothing.', run: previewDataImport },
  {
    name: 'applyDataImport',
    params: ['request'],
    description: 'Sidebar: writes the exports\' figures into the KPI tab (cells typed by hand only where ticked) and logs the import.',
    run: applyDataImport,
  },
  { name: 'undoDataImport', params: ['id'], description: 'Sidebar: undoes the latest data import, restoring the cells nobody edited since.', run: undoDataImport },
  { name: 'saveImportSources', params: ['sources'], description: 'Sidebar: saves the team\'s Sources → channels table and qualified stages.', run: saveImportSources },
];
