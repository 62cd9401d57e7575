/**
 * The sidebar's sections, top to bottom. A new feature adds its own folder
 * under src/sidebar/sections/ with a factory, and one line here.
 */
import { createDataImportSection } from './data-import/data-import-section';
import { createKpiTemplateSection } from './kpi-template/kpi-template-section';
import { createMonthlyReportSection } from './monthly-report/monthly-report-section';
import type { SectionFactory } from './section';
import { createShareSection } from './share/share-section';
import { createTeamRolesSection } from './team-roles/team-roles-section';

export const SIDEBAR_SECTIONS: readonly SectionFactory[] = [
  createKpiTemplateSection,
  // Right under the template: the import fills the KPI tab's figures.
  (host) => createDataImportSection(host),
  createTeamRolesSection,
  createMonthlyReportSection,
  createShareSection,
];
