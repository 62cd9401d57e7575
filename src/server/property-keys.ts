/** Every property key the add-on stores, in one place, so none collide. */
export const PROPERTY_KEYS = {
  /** Document: the template settings every collaborator shares (versioned JSON, in parts `mkpi.settings.1`…). */
  settings: 'mkpi.settings',
  /** Document: channel names by id at the last build, to follow renames (in parts, like the settings). */
  builtChannelNames: 'mkpi.kpi.builtChannelNames',
  /** Document: the currency of the KPI tab's last build, so the money columns are reformatted only when it changes. */
  builtKpiCurrency: 'mkpi.kpi.builtCurrency',
  /** Document: the team and its roles (versioned JSON, in parts `mkpi.team.1`…), the one source of truth for people and emails. */
  team: 'mkpi.team',
  /** Document: the Roles tab's columns at the last build (ids and names), to follow renames. */
  builtRolesLayout: 'mkpi.roles.builtLayout',
  /** Document: the Team tab's table as the last build wrote it (as Sheets read it back), to tell a person's edits there from ours. */
  writtenTeamTable: 'mkpi.team.writtenTable',
  /** Document: whether the spreadsheet is shared with the team, and whom the add-on made editors (see sharing/sharing-store.ts). */
  sharing: 'mkpi.sharing',
  /** Document: the import ledger: each source's figures, what the import wrote in each cell, the import log (in parts). */
  importLedger: 'mkpi.import.ledger',
  /** Document: the Sources → channels rules and the CRM stages that count as qualified (JSON, in parts). */
  importSources: 'mkpi.import.sources',
  /** Document: the column mappings the team saved by name for files no format recognises (JSON, in parts). */
  importColumnMappings: 'mkpi.import.columnMappings',
  /** User: the sidebar's language. */
  userLang: 'mkpi.userLang',
} as const;
